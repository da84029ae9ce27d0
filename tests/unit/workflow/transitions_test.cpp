// The state machine table: every (step, action) pair against the documented transitions.
#include <catch2/catch.hpp>

#include <map>
#include <utility>

#include "workflow/open311_status.h"
#include "workflow/transitions.h"

using namespace hotline::workflow;

TEST_CASE("exactly the documented transitions are allowed") {
  // Written out independently of transitions.h: (from, action) -> to.
  const std::map<std::pair<Step, Action>, Step> allowed = {
      {{Step::Submitted, Action::Accept}, Step::Accepted},
      {{Step::Submitted, Action::Reject}, Step::Closed},
      {{Step::Submitted, Action::Withdraw}, Step::Closed},
      {{Step::Accepted, Action::Withdraw}, Step::Closed},
      {{Step::Accepted, Action::Dispatch}, Step::Dispatched},
      {{Step::Accepted, Action::AnswerDirectly}, Step::Replied},
      {{Step::Dispatched, Action::StartHandling}, Step::Handling},
      {{Step::Dispatched, Action::Redispatch}, Step::Dispatched},
      {{Step::Dispatched, Action::ReturnToCentre}, Step::Accepted},
      {{Step::Handling, Action::Redispatch}, Step::Dispatched},
      {{Step::Handling, Action::ReturnToCentre}, Step::Accepted},
      {{Step::Handling, Action::Reply}, Step::Replied},
      {{Step::Replied, Action::Rate}, Step::Rated},
      {{Step::Replied, Action::Close}, Step::Closed},
      {{Step::Rated, Action::Close}, Step::Closed},
      {{Step::Rated, Action::ReopenForRework}, Step::Handling},
      {{Step::Rated, Action::Dispatch}, Step::Dispatched},
  };
  int checked = 0;
  for (const auto& [step, step_code] : kStepCodes) {
    for (const auto& [action, action_code] : kActionCodes) {
      INFO(step_code << " --" << action_code << "->");
      const auto it = allowed.find({step, action});
      const auto target = transition_target(step, action);
      if (it == allowed.end()) {
        CHECK_FALSE(target.has_value());
      } else {
        REQUIRE(target.has_value());
        CHECK(*target == it->second);
      }
      ++checked;
    }
  }
  CHECK(checked == 7 * 13);
}

TEST_CASE("nothing leaves closed and nothing skips straight to closing from the middle") {
  for (const auto& [action, code] : kActionCodes) {
    INFO(code);
    CHECK_FALSE(transition_target(Step::Closed, action));
  }
  for (const Step s : {Step::Dispatched, Step::Handling}) {
    CHECK_FALSE(transition_target(s, Action::Close));
    CHECK_FALSE(transition_target(s, Action::Withdraw));
    CHECK_FALSE(transition_target(s, Action::Rate));
  }
  CHECK_FALSE(transition_target(Step::Submitted, Action::Dispatch));  // accept first
  CHECK_FALSE(transition_target(Step::Accepted, Action::Reply));      // only a handling unit replies
  CHECK_FALSE(transition_target(Step::Rated, Action::Rate));
}

TEST_CASE("roles: the centre decides, departments handle, citizens submit, rate and withdraw") {
  CHECK(role_may(Role::CentreAgent, Action::Accept));
  CHECK_FALSE(role_may(Role::Department, Action::Accept));
  CHECK_FALSE(role_may(Role::Citizen, Action::Dispatch));
  CHECK(role_may(Role::Department, Action::Reply));
  CHECK_FALSE(role_may(Role::CentreAgent, Action::Reply));
  CHECK(role_may(Role::Citizen, Action::Rate));
  CHECK(role_may(Role::CentreAgent, Action::Rate));  // recorded on the revisit call
  CHECK_FALSE(role_may(Role::Department, Action::Rate));
  CHECK(role_may(Role::Citizen, Action::Withdraw));
  CHECK_FALSE(role_may(Role::CentreAgent, Action::Withdraw));
  CHECK(role_may(Role::System, Action::Close));
  for (const auto& [action, code] : kActionCodes) {
    INFO(code);
    CHECK((action == Action::Close) == role_may(Role::System, action));
  }
}

TEST_CASE("Open311 status is open until step 7 closes the case") {
  for (const Step s : {Step::Submitted, Step::Accepted, Step::Dispatched, Step::Handling, Step::Replied, Step::Rated}) {
    CHECK(open311_status(s) == Open311Status::Open);
    CHECK(to_code(open311_status(s)) == "open");
  }
  CHECK(open311_status(Step::Closed) == Open311Status::Closed);
  CHECK(to_code(open311_status(Step::Closed)) == "closed");
  CHECK(step_number(Step::Closed) == 7);
}
