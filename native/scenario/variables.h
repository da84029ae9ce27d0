// ${NAME} in scenario steps: values given on the command line (--var) or captured by earlier steps.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"

namespace hotline::scenario {

using Variables = std::map<std::string, std::string, std::less<>>;

// A name is [A-Za-z_][A-Za-z0-9_]*.
bool valid_variable_name(std::string_view name);

// The names `text` refers to, in order; an error names a "${" that does not close or a bad name.
base::Expected<std::vector<std::string>, std::string> referenced_variables(std::string_view text);

// `text` with every ${NAME} replaced; an error names the first variable that has no value.
base::Expected<std::string, std::string> substitute(std::string_view text, const Variables& variables);

}  // namespace hotline::scenario
