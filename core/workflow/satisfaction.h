// The citizen's rating of a reply: 满意 / 基本满意 / 不满意.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/wire_code.h"

namespace hotline::workflow {

enum class Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied };

inline constexpr std::pair<Satisfaction, std::string_view> kSatisfactionCodes[] = {
    {Satisfaction::Satisfied, "satisfied"},
    {Satisfaction::BasicallySatisfied, "basically_satisfied"},
    {Satisfaction::Unsatisfied, "unsatisfied"},
};

constexpr std::string_view to_code(Satisfaction s) {
  return base::to_code(kSatisfactionCodes, s);
}
constexpr std::optional<Satisfaction> satisfaction_from_code(std::string_view code) {
  return base::from_code(kSatisfactionCodes, code);
}
inline std::string label_key(Satisfaction s) {
  return "satisfaction." + std::string(to_code(s));
}

}  // namespace hotline::workflow
