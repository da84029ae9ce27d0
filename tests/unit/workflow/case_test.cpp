// Case transitions through the public API: the main path, the side paths and the typed refusals.
#include <catch2/catch.hpp>

#include "case_fixture.h"

using namespace hotline::workflow;
using namespace hotline::workflow::testing;
using hotline::domain::RequestType;

namespace {

TransitionErrorCode refused(const Outcome& outcome) {
  REQUIRE_FALSE(outcome.has_value());
  return outcome.error().code;
}

}  // namespace

TEST_CASE("the main path walks all 7 steps and records each event") {
  const Case c = case_at(Step::Closed);
  const auto& events = c.timeline();
  REQUIRE(events.size() == 7);
  const Action actions[] = {Action::Submit, Action::Accept, Action::Dispatch, Action::StartHandling,
                            Action::Reply,  Action::Rate,   Action::Close};
  const Step steps[] = {Step::Submitted, Step::Accepted, Step::Dispatched, Step::Handling,
                        Step::Replied,   Step::Rated,    Step::Closed};
  for (std::size_t i = 0; i < events.size(); ++i) {
    CHECK(events[i].action == actions[i]);
    CHECK(events[i].step == steps[i]);
    CHECK(events[i].at == after(kT0, static_cast<std::int64_t>(i) * kHour));
  }
  CHECK(events[2].holder == kWaterworks);
  CHECK(events[3].holder == kWaterworks);
  CHECK(events[3].actor.id == kWaterStaff.id);
  CHECK(events[4].holder == kCentre);  // after the reply the centre waits for the rating
  CHECK(events[4].note == "已更换井盖");
  CHECK(c.accepted_at() == after(kT0, kHour));
}

TEST_CASE("a reply keeps its photos and trims its text") {
  Case c = case_at(Step::Handling);
  hotline::domain::Attachment photo;
  photo.content_type = "image/jpeg";
  photo.sha256 = "ab12";
  require_ok(c.reply(kWaterStaff, after(last_at(c), kHour), "  已修复，见照片。\n", {photo, photo}));
  CHECK(c.timeline().back().note == "已修复，见照片。");
  REQUIRE(c.timeline().back().photos.size() == 2);
  CHECK(c.timeline().back().photos[0].sha256 == "ab12");
}

TEST_CASE("intake: reject, withdraw") {
  Case rejected = submitted();
  CHECK(refused(rejected.reject(kAgent, after(kT0, 60), "  ")) == TransitionErrorCode::TextRequired);
  require_ok(rejected.reject(kAgent, after(kT0, 60), "属于法院诉讼事项，不予受理"));
  CHECK(rejected.step() == Step::Closed);

  Case early = submitted();
  require_ok(early.withdraw(kCitizen, after(kT0, 60), ""));
  CHECK(early.step() == Step::Closed);

  Case accepted = case_at(Step::Accepted);
  require_ok(accepted.withdraw(kCitizen, last_at(accepted), "问题已自行解决"));
  CHECK(accepted.timeline().back().action == Action::Withdraw);

  Case dispatched = case_at(Step::Dispatched);
  CHECK(refused(dispatched.withdraw(kCitizen, last_at(dispatched), "")) == TransitionErrorCode::IllegalTransition);
}

TEST_CASE("re-dispatch and return to the centre move the case between units") {
  Case c = case_at(Step::Dispatched);
  CHECK(refused(c.redispatch(kAgent, last_at(c), kWaterworks, "重复")) == TransitionErrorCode::SameUnit);
  CHECK(refused(c.redispatch(kAgent, last_at(c), Unit{"", "无名"}, "改派")) == TransitionErrorCode::MissingUnit);
  CHECK(refused(c.redispatch(kAgent, last_at(c), kGulouDistrict, "")) == TransitionErrorCode::TextRequired);
  require_ok(c.redispatch(kAgent, after(last_at(c), kHour), kGulouDistrict, "属地管理，改派鼓楼区"));
  CHECK(c.step() == Step::Dispatched);
  CHECK(c.holder() == kGulouDistrict);
  // the former unit can no longer act
  CHECK(refused(c.start_handling(kWaterStaff, last_at(c))) == TransitionErrorCode::WrongUnit);
  require_ok(c.start_handling(kGulouStaff, after(last_at(c), kHour)));
  require_ok(c.redispatch(kAgent, after(last_at(c), kHour), kUrbanManagement, "涉及城管执法"));
  CHECK(c.step() == Step::Dispatched);

  Case back = case_at(Step::Handling);
  CHECK(refused(back.return_to_centre(kWaterStaff, last_at(back), "")) == TransitionErrorCode::TextRequired);
  require_ok(back.return_to_centre(kWaterStaff, after(last_at(back), kHour), "非本单位职责"));
  CHECK(back.step() == Step::Accepted);
  CHECK(back.holder() == kCentre);
  require_ok(back.dispatch(kAgent, after(last_at(back), kHour), kGulouDistrict, "兜底单位办理"));
  CHECK(back.holder() == kGulouDistrict);
}

TEST_CASE("a consultation can be answered at once by the centre, other types cannot") {
  Case question = case_at(Step::Accepted, RequestType::Consultation);
  require_ok(question.answer_directly(kAgent, after(last_at(question), 60), "社保卡补办可在“e福州”App在线申请。"));
  CHECK(question.step() == Step::Replied);
  CHECK(question.holder() == kCentre);
  require_ok(question.close(kAgent, after(last_at(question), kHour), ""));

  Case complaint = case_at(Step::Accepted);
  CHECK(refused(complaint.answer_directly(kAgent, last_at(complaint), "答复")) == TransitionErrorCode::NotForThisType);
  CHECK(complaint.step() == Step::Accepted);
}

TEST_CASE("a reply that was not rated can still be closed after the revisit") {
  Case c = case_at(Step::Replied);
  require_ok(c.close(kSystem, after(last_at(c), 7 * 24 * kHour), "回访未接通"));
  CHECK(c.step() == Step::Closed);
  CHECK_FALSE(c.current_rating());
}

TEST_CASE("illegal transitions are refused with a reason and change nothing") {
  struct Attempt {
    Step at;
    Outcome (*act)(Case&);
    TransitionErrorCode expected;
  };
  const Attempt attempts[] = {
      {Step::Submitted, [](Case& c) { return c.dispatch(kAgent, last_at(c), kWaterworks, ""); },
       TransitionErrorCode::IllegalTransition},
      {Step::Submitted, [](Case& c) { return c.close(kAgent, last_at(c), ""); },
       TransitionErrorCode::IllegalTransition},
      {Step::Accepted, [](Case& c) { return c.accept(kAgent, last_at(c)); }, TransitionErrorCode::IllegalTransition},
      {Step::Accepted, [](Case& c) { return c.start_handling(kWaterStaff, last_at(c)); },
       TransitionErrorCode::IllegalTransition},
      {Step::Dispatched, [](Case& c) { return c.reply(kWaterStaff, last_at(c), "答复", {}); },
       TransitionErrorCode::IllegalTransition},
      {Step::Handling, [](Case& c) { return c.start_handling(kWaterStaff, last_at(c)); },
       TransitionErrorCode::IllegalTransition},
      {Step::Handling, [](Case& c) { return c.close(kAgent, last_at(c), ""); }, TransitionErrorCode::IllegalTransition},
      {Step::Replied, [](Case& c) { return c.reopen_for_rework(kAgent, last_at(c), ""); },
       TransitionErrorCode::IllegalTransition},
      {Step::Replied, [](Case& c) { return c.redispatch(kAgent, last_at(c), kGulouDistrict, "改派"); },
       TransitionErrorCode::IllegalTransition},
      {Step::Rated, [](Case& c) { return c.reply(kWaterStaff, last_at(c), "再答复", {}); },
       TransitionErrorCode::IllegalTransition},
      {Step::Closed, [](Case& c) { return c.accept(kAgent, last_at(c)); }, TransitionErrorCode::CaseClosed},
      {Step::Closed, [](Case& c) { return c.close(kAgent, last_at(c), ""); }, TransitionErrorCode::CaseClosed},
  };
  for (const Attempt& a : attempts) {
    Case c = case_at(a.at);
    const std::size_t events = c.timeline().size();
    const Outcome outcome = a.act(c);
    INFO("at step " << to_code(a.at));
    REQUIRE_FALSE(outcome.has_value());
    CHECK(outcome.error().code == a.expected);
    CHECK(outcome.error().from == a.at);
    CHECK(c.step() == a.at);
    CHECK(c.timeline().size() == events);
  }
}

TEST_CASE("roles and units are enforced") {
  Case c = submitted();
  CHECK(refused(c.accept(kCitizen, kT0)) == TransitionErrorCode::WrongRole);
  CHECK(refused(c.accept(kWaterStaff, kT0)) == TransitionErrorCode::WrongRole);
  CHECK(refused(c.withdraw(kAgent, kT0, "")) == TransitionErrorCode::WrongRole);
  c = case_at(Step::Dispatched);
  CHECK(refused(c.start_handling(kAgent, last_at(c))) == TransitionErrorCode::WrongRole);
  CHECK(refused(c.start_handling(kGulouStaff, last_at(c))) == TransitionErrorCode::WrongUnit);
  c = case_at(Step::Handling);
  CHECK(refused(c.reply(kGulouStaff, last_at(c), "答复", {})) == TransitionErrorCode::WrongUnit);
  CHECK(refused(c.return_to_centre(kGulouStaff, last_at(c), "非本单位")) == TransitionErrorCode::WrongUnit);
  c = case_at(Step::Rated);
  CHECK(refused(c.close(kCitizen, last_at(c), "")) == TransitionErrorCode::WrongRole);
}

TEST_CASE("events cannot be dated before the previous one") {
  Case c = case_at(Step::Dispatched);
  const TransitionError e = c.start_handling(kWaterStaff, after(last_at(c), -1)).error();
  CHECK(e.code == TransitionErrorCode::TimeWentBackwards);
  CHECK(e.action == Action::StartHandling);
  require_ok(c.start_handling(kWaterStaff, last_at(c)));  // the same second is fine
}

TEST_CASE("reply text and photos are checked") {
  Case c = case_at(Step::Handling);
  const hotline::calendar::Instant t = last_at(c);
  CHECK(refused(c.reply(kWaterStaff, t, "", {})) == TransitionErrorCode::TextRequired);
  CHECK(refused(c.reply(kWaterStaff, t, "已处理\xFF", {})) == TransitionErrorCode::TextInvalid);
  std::string long_text;
  for (std::size_t i = 0; i <= kMaxNoteChars; ++i) {
    long_text += "办";
  }
  const TransitionError too_long = c.reply(kWaterStaff, t, long_text, {}).error();
  CHECK(too_long.code == TransitionErrorCode::TextTooLong);
  CHECK(too_long.message() ==
        hotline::base::Message{"workflow.error.text_too_long", {{"max", std::to_string(kMaxNoteChars)}}});
  const TransitionError photos =
      c.reply(kWaterStaff, t, "已处理", std::vector<hotline::domain::Attachment>(10)).error();
  CHECK(photos.code == TransitionErrorCode::TooManyPhotos);
  CHECK(photos.message() == hotline::base::Message{"workflow.error.too_many_photos", {{"max", "9"}}});
  require_ok(c.reply(kWaterStaff, t, "已处理", std::vector<hotline::domain::Attachment>(9)));
}

TEST_CASE("the case knows its legal deadline") {
  CHECK(submitted(RequestType::Consultation).deadline_working_days() == 2);
  CHECK(submitted(RequestType::Complaint).deadline_working_days() == 10);
  CHECK(Case::submit(RequestType::Complaint, true, kCentre, kCitizen, kT0).deadline_working_days() == 3);
  CHECK(submitted(RequestType::Suggestion).deadline_working_days() == 5);
  CHECK(submitted(RequestType::HelpRequest).deadline_working_days() == 3);
  CHECK_FALSE(submitted().accepted_at());
}
