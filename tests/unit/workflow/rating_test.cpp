// Rating a reply: when it is allowed, its content, and the rework loop after "unsatisfied".
#include <catch2/catch.hpp>

#include "text/repeat.h"

#include "case_fixture.h"

using namespace hotline::workflow;
using hotline::testing::repeat;
using namespace hotline::workflow::testing;

namespace {

const Rating kSatisfied{Satisfaction::Satisfied, "", false};
const Rating kUnsatisfiedRework{Satisfaction::Unsatisfied, "井盖还是松动的", true};

TransitionErrorCode refused(const Outcome& outcome) {
  REQUIRE_FALSE(outcome.has_value());
  return outcome.error().code;
}

}  // namespace

TEST_CASE("a reply can be rated only once it exists, and only once") {
  for (const Step early : {Step::Submitted, Step::Accepted, Step::Dispatched, Step::Handling}) {
    Case c = case_at(early);
    CHECK(refused(c.rate(kCitizen, last_at(c), kSatisfied)) == TransitionErrorCode::NotYetReplied);
  }
  Case c = case_at(Step::Replied);
  require_ok(c.rate(kCitizen, last_at(c), Rating{Satisfaction::BasicallySatisfied, " 还行 ", false}));
  REQUIRE(c.current_rating());
  CHECK(c.current_rating()->satisfaction == Satisfaction::BasicallySatisfied);
  CHECK(c.current_rating()->comment == "还行");
  CHECK(refused(c.rate(kCitizen, last_at(c), kSatisfied)) == TransitionErrorCode::AlreadyRated);
  require_ok(c.close(kAgent, last_at(c), ""));
  CHECK(refused(c.rate(kCitizen, last_at(c), kSatisfied)) == TransitionErrorCode::CaseClosed);
}

TEST_CASE("the agent may record the rating on the revisit call, a department may not") {
  Case c = case_at(Step::Replied);
  CHECK(refused(c.rate(kWaterStaff, last_at(c), kSatisfied)) == TransitionErrorCode::WrongRole);
  require_ok(c.rate(kAgent, last_at(c), kSatisfied));
}

TEST_CASE("comments are UTF-8 and limited in characters") {
  Case c = case_at(Step::Replied);
  const hotline::calendar::Instant t = last_at(c);
  CHECK(refused(c.rate(kCitizen, t, Rating{Satisfaction::Satisfied, "好\xC0\xAF", false})) ==
        TransitionErrorCode::TextInvalid);
  const Rating too_long{Satisfaction::Satisfied, repeat("\xF0\x9F\x91\x8D", kMaxCommentChars + 1), false};
  const TransitionError e = c.rate(kCitizen, t, too_long).error();
  CHECK(e.code == TransitionErrorCode::TextTooLong);
  CHECK(e.params.at(0).value == std::to_string(kMaxCommentChars));
  require_ok(c.rate(kCitizen, t, Rating{Satisfaction::Satisfied, repeat("谢", kMaxCommentChars), false}));
}

TEST_CASE("only an unsatisfied rating may ask for rework") {
  Case c = case_at(Step::Replied);
  CHECK(refused(c.rate(kCitizen, last_at(c), Rating{Satisfaction::Satisfied, "", true})) ==
        TransitionErrorCode::ReworkOnlyIfUnsatisfied);
  CHECK(refused(c.rate(kCitizen, last_at(c), Rating{Satisfaction::BasicallySatisfied, "", true})) ==
        TransitionErrorCode::ReworkOnlyIfUnsatisfied);
  CHECK(c.step() == Step::Replied);
}

TEST_CASE("unsatisfied with rework: back to the replying unit, replied and rated again") {
  Case c = case_at(Step::Replied);
  require_ok(c.rate(kCitizen, after(last_at(c), kHour), kUnsatisfiedRework));
  require_ok(c.reopen_for_rework(kAgent, after(last_at(c), kHour), "市民不满意，请重办"));
  CHECK(c.step() == Step::Handling);
  CHECK(c.holder() == kWaterworks);
  CHECK(c.rework_count() == 1);
  CHECK_FALSE(c.current_rating());  // the old rating belonged to the old reply
  require_ok(c.reply(kWaterStaff, after(last_at(c), kHour), "已重新加固井盖", {}));
  require_ok(c.rate(kCitizen, after(last_at(c), kHour), kSatisfied));  // a new reply may be rated again
  CHECK(c.current_rating()->satisfaction == Satisfaction::Satisfied);
  require_ok(c.close(kAgent, after(last_at(c), kHour), "回访满意"));
  CHECK(c.step() == Step::Closed);
}

TEST_CASE("no rework without an unsatisfied rating asking for it") {
  Case satisfied = case_at(Step::Rated);
  CHECK(refused(satisfied.reopen_for_rework(kAgent, last_at(satisfied), "")) ==
        TransitionErrorCode::ReworkNotRequested);
  CHECK(refused(satisfied.dispatch(kAgent, last_at(satisfied), kGulouDistrict, "")) ==
        TransitionErrorCode::ReworkNotRequested);

  Case unsatisfied = case_at(Step::Replied);
  require_ok(unsatisfied.rate(kCitizen, last_at(unsatisfied), Rating{Satisfaction::Unsatisfied, "", false}));
  CHECK(refused(unsatisfied.reopen_for_rework(kAgent, last_at(unsatisfied), "")) ==
        TransitionErrorCode::ReworkNotRequested);
  require_ok(unsatisfied.close(kAgent, last_at(unsatisfied), "已解释"));
}

TEST_CASE("rework can go to another unit, and a direct answer can only be reworked by dispatching") {
  Case c = case_at(Step::Replied);
  require_ok(c.rate(kCitizen, last_at(c), kUnsatisfiedRework));
  require_ok(c.dispatch(kAgent, last_at(c), kGulouDistrict, "改由属地重办"));
  CHECK(c.step() == Step::Dispatched);
  CHECK(c.holder() == kGulouDistrict);
  CHECK(c.rework_count() == 1);

  Case question = case_at(Step::Accepted, hotline::domain::RequestType::Consultation);
  require_ok(question.answer_directly(kAgent, last_at(question), "请携带身份证到社保中心办理。"));
  require_ok(question.rate(kCitizen, last_at(question), kUnsatisfiedRework));
  CHECK(refused(question.reopen_for_rework(kAgent, last_at(question), "")) ==
        TransitionErrorCode::ReworkNeedsDepartment);
  require_ok(question.dispatch(kAgent, last_at(question), kGulouDistrict, "转办"));
  CHECK(question.step() == Step::Dispatched);
}

TEST_CASE("satisfaction codes and catalog keys") {
  CHECK(to_code(Satisfaction::BasicallySatisfied) == "basically_satisfied");
  CHECK(satisfaction_from_code("unsatisfied") == Satisfaction::Unsatisfied);
  CHECK_FALSE(satisfaction_from_code("meh"));
  CHECK(label_key(Satisfaction::Satisfied) == "satisfaction.satisfied");
}
