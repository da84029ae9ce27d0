// Who holds a case (a unit: the centre, a department, a district...) and who acts on it (an actor).
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::workflow {

// One of the 1,300+ linked units, or the hotline centre itself.
struct Unit {
  std::string id;
  std::string name;
  friend bool operator==(const Unit&, const Unit&) = default;
};

enum class Role { Citizen, CentreAgent, Department, System };

inline constexpr std::pair<Role, std::string_view> kRoleCodes[] = {
    {Role::Citizen, "citizen"},
    {Role::CentreAgent, "centre_agent"},
    {Role::Department, "department"},
    {Role::System, "system"},
};

constexpr std::string_view to_code(Role role) {
  return base::to_code(kRoleCodes, role);
}
inline std::string label_key(Role role) {
  return "workflow.role." + std::string(to_code(role));
}

// For department staff, unit_id names the unit they act for; it must be the unit holding the case.
struct Actor {
  Role role = Role::Citizen;
  std::string id;  // staff number or citizen account; empty for anonymous citizens
  std::string unit_id;
};

}  // namespace hotline::workflow
