// 留痕: which unit held a case and for how long, across re-dispatch, return and rework.
#include <catch2/catch.hpp>

#include "case_fixture.h"
#include "workflow/dwell.h"

using namespace hotline::workflow;
using namespace hotline::workflow::testing;

namespace {

const Rating kUnsatisfiedRework{Satisfaction::Unsatisfied, "", true};

}  // namespace

TEST_CASE("an open case: the current holder's time runs until now") {
  const Case c = case_at(Step::Handling);  // submit t0, accept +1h, dispatch +2h, handling +3h
  const auto s = stays(c, after(kT0, 10 * kHour));
  REQUIRE(s.size() == 2);
  CHECK(s[0].unit == kCentre);
  CHECK(s[0].from == kT0);
  CHECK(s[0].seconds() == 2 * kHour);
  CHECK(s[1].unit == kWaterworks);
  CHECK(s[1].from == after(kT0, 2 * kHour));
  CHECK(s[1].seconds() == 8 * kHour);
  // a clock behind the last event never yields negative time
  CHECK(stays(c, kT0).back().seconds() == kHour);
}

TEST_CASE("dwell times across re-dispatch and return to the centre") {
  Case c = submitted();
  require_ok(c.accept(kAgent, after(kT0, 600)));                       // centre 0..1h
  require_ok(c.dispatch(kAgent, after(kT0, kHour), kWaterworks, ""));  // water 1h..5h
  require_ok(c.start_handling(kWaterStaff, after(kT0, 2 * kHour)));
  require_ok(c.redispatch(kAgent, after(kT0, 5 * kHour), kGulouDistrict, "属地管理"));  // gulou 5h..29h
  require_ok(c.return_to_centre(kGulouStaff, after(kT0, 29 * kHour), "非本单位职责"));  // centre 29h..30h
  require_ok(c.dispatch(kAgent, after(kT0, 30 * kHour), kWaterworks, "仍由水务办理"));  // water 30h..40h
  require_ok(c.start_handling(kWaterStaff, after(kT0, 31 * kHour)));
  require_ok(c.reply(kWaterStaff, after(kT0, 40 * kHour), "已修复", {}));  // centre 40h..
  require_ok(c.rate(kCitizen, after(kT0, 41 * kHour), Rating{Satisfaction::Satisfied, "", false}));
  require_ok(c.close(kAgent, after(kT0, 50 * kHour), ""));  // ..50h

  const auto s = stays(c, after(kT0, 999 * kHour));  // closed: now does not matter
  REQUIRE(s.size() == 6);
  const Unit holders[] = {kCentre, kWaterworks, kGulouDistrict, kCentre, kWaterworks, kCentre};
  const std::int64_t hours[] = {1, 4, 24, 1, 10, 10};
  for (std::size_t i = 0; i < s.size(); ++i) {
    INFO("stay " << i);
    CHECK(s[i].unit == holders[i]);
    CHECK(s[i].seconds() == hours[i] * kHour);
  }

  const auto by_unit = dwell_by_unit(c, after(kT0, 999 * kHour));
  REQUIRE(by_unit.size() == 3);
  CHECK(by_unit[0].unit == kCentre);
  CHECK(by_unit[0].seconds == 12 * kHour);
  CHECK(by_unit[0].stays == 3);
  CHECK(by_unit[1].unit == kWaterworks);
  CHECK(by_unit[1].seconds == 14 * kHour);
  CHECK(by_unit[1].stays == 2);
  CHECK(by_unit[2].unit == kGulouDistrict);
  CHECK(by_unit[2].seconds == 24 * kHour);
  CHECK(by_unit[2].stays == 1);
}

TEST_CASE("rework sends time back to the replying unit") {
  Case c = case_at(Step::Replied);  // water replied at +4h
  require_ok(c.rate(kCitizen, after(kT0, 6 * kHour), kUnsatisfiedRework));
  require_ok(c.reopen_for_rework(kAgent, after(kT0, 7 * kHour), ""));
  require_ok(c.reply(kWaterStaff, after(kT0, 12 * kHour), "重新处理完毕", {}));
  const auto by_unit = dwell_by_unit(c, after(kT0, 20 * kHour));
  REQUIRE(by_unit.size() == 2);
  CHECK(by_unit[0].unit == kCentre);
  CHECK(by_unit[0].seconds == (2 + 3 + 8) * kHour);  // before dispatch, waiting for the rating, after the 2nd reply
  CHECK(by_unit[1].unit == kWaterworks);
  CHECK(by_unit[1].seconds == (2 + 5) * kHour);
  CHECK(by_unit[1].stays == 2);
}

TEST_CASE("a case rejected at intake only ever stayed with the centre") {
  Case c = submitted();
  require_ok(c.reject(kAgent, after(kT0, 90), "重复诉求"));
  const auto s = stays(c, after(kT0, 10 * kHour));
  REQUIRE(s.size() == 1);
  CHECK(s[0].unit == kCentre);
  CHECK(s[0].seconds() == 90);
}
