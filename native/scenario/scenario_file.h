// Reading a scenario file: JSON to a checked Scenario, or an error naming the step and key at fault.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "base/expected.h"
#include "native/scenario/scenario.h"

namespace hotline::scenario {

// `given` are the variables the command line sets; every ${NAME} a step uses must be one of them or
// be captured by an earlier step. Errors read like "step 3 (tap): 'role' must be one of button, ...".
base::Expected<Scenario, std::string> parse_scenario(std::string_view json, const std::set<std::string>& given);

// Reads the file and parses it; errors start with the file's path.
base::Expected<Scenario, std::string> load_scenario(const std::string& path, const std::set<std::string>& given);

}  // namespace hotline::scenario
