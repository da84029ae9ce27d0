// Test helpers: the units and people of a typical Fuzhou case, test times, and a case driven to a step.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "calendar/shanghai_time.h"
#include "workflow/case.h"

// Failed comparisons of instants print them as Shanghai times instead of "{?}".
namespace Catch {
template <>
struct StringMaker<hotline::calendar::Instant> {
  static std::string convert(hotline::calendar::Instant instant) {
    return hotline::calendar::to_iso8601_shanghai(instant);
  }
};
}  // namespace Catch

namespace hotline::workflow::testing {

inline const Unit kCentre{"fz12345", "福州市12345便民服务平台"};
inline const Unit kWaterworks{"fz-water", "福州水务集团"};
inline const Unit kGulouDistrict{"fz-gulou", "鼓楼区人民政府"};
inline const Unit kUrbanManagement{"fz-cgj", "福州市城市管理委员会"};

inline const Actor kCitizen{Role::Citizen, "citizen-1", ""};
inline const Actor kAgent{Role::CentreAgent, "agent-007", kCentre.id};
inline const Actor kWaterStaff{Role::Department, "water-12", kWaterworks.id};
inline const Actor kGulouStaff{Role::Department, "gulou-3", kGulouDistrict.id};
inline const Actor kSystem{Role::System, "revisit-job", ""};

inline constexpr std::int64_t kHour = 3600;

// Test times are kT0 plus literal seconds; a result outside calendar::Instant's range fails the test.
inline calendar::Instant after(calendar::Instant t, std::int64_t seconds) {
  const auto instant = calendar::Instant::from_unix_seconds(t.unix_seconds() + seconds);
  REQUIRE(instant.has_value());
  return *instant;
}

// 2025-03-14 00:00 UTC. A known-good literal: REQUIRE cannot run outside a test.
inline const calendar::Instant kT0 = *calendar::Instant::from_unix_seconds(1741910400);

inline void require_ok(const Outcome& outcome) {
  INFO((outcome ? std::string() : outcome.error().message().key));
  REQUIRE(outcome.has_value());
}

inline Case submitted(domain::RequestType type = domain::RequestType::Complaint) {
  return Case::submit(type, false, kCentre, kCitizen, kT0);
}

// Drives a fresh complaint along the main path up to `target` (one hour per step, Waterworks handling).
inline Case case_at(Step target, domain::RequestType type = domain::RequestType::Complaint) {
  Case c = submitted(type);
  calendar::Instant t = kT0;
  const auto next = [&] { return t = after(t, kHour); };
  if (target >= Step::Accepted) require_ok(c.accept(kAgent, next()));
  if (target >= Step::Dispatched) require_ok(c.dispatch(kAgent, next(), kWaterworks, "请尽快处理"));
  if (target >= Step::Handling) require_ok(c.start_handling(kWaterStaff, next()));
  if (target >= Step::Replied) require_ok(c.reply(kWaterStaff, next(), "已更换井盖", {}));
  if (target >= Step::Rated) require_ok(c.rate(kCitizen, next(), Rating{Satisfaction::Satisfied, "", false}));
  if (target >= Step::Closed) require_ok(c.close(kAgent, next(), "回访满意"));
  REQUIRE(c.step() == target);
  return c;
}

inline calendar::Instant last_at(const Case& c) {
  return c.timeline().back().at;
}

}  // namespace hotline::workflow::testing
