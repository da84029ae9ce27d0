// Test helpers: the units and people of a typical Fuzhou case, and a case driven to a given step.
#pragma once

#include <catch2/catch.hpp>

#include "workflow/case.h"

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

inline constexpr Instant kT0 = 1741910400;  // 2025-03-14 00:00 UTC
inline constexpr Instant kHour = 3600;

inline void require_ok(const Outcome& outcome) {
  INFO((outcome ? std::string() : outcome.error().message_key()));
  REQUIRE(outcome.has_value());
}

inline Case submitted(domain::RequestType type = domain::RequestType::Complaint) {
  return Case::submit(type, false, kCentre, kCitizen, kT0);
}

// Drives a fresh complaint along the main path up to `target` (one hour per step, Waterworks handling).
inline Case case_at(Step target, domain::RequestType type = domain::RequestType::Complaint) {
  Case c = submitted(type);
  Instant t = kT0;
  const auto next = [&] { return t += kHour; };
  if (target >= Step::Accepted) require_ok(c.accept(kAgent, next()));
  if (target >= Step::Dispatched) require_ok(c.dispatch(kAgent, next(), kWaterworks, "请尽快处理"));
  if (target >= Step::Handling) require_ok(c.start_handling(kWaterStaff, next()));
  if (target >= Step::Replied) require_ok(c.reply(kWaterStaff, next(), "已更换井盖", {}));
  if (target >= Step::Rated) require_ok(c.rate(kCitizen, next(), Rating{Satisfaction::Satisfied, "", false}));
  if (target >= Step::Closed) require_ok(c.close(kAgent, next(), "回访满意"));
  REQUIRE(c.step() == target);
  return c;
}

inline Instant last_at(const Case& c) {
  return c.timeline().back().at;
}

}  // namespace hotline::workflow::testing
