// ${NAME} references: finding them and replacing them (see variables.h).
#include "native/scenario/variables.h"

namespace hotline::scenario {
namespace {

bool name_char(char c, bool first) {
  const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  return letter || (!first && c >= '0' && c <= '9');
}

// Calls `on_name` with each reference's position, length (of "${NAME}") and name; stops at the first error.
template <typename OnName>
base::Expected<void, std::string> scan(std::string_view text, OnName&& on_name) {
  std::size_t from = 0;
  while (true) {
    const std::size_t open = text.find("${", from);
    if (open == std::string_view::npos) {
      return {};
    }
    const std::size_t close = text.find('}', open + 2);
    if (close == std::string_view::npos) {
      return base::unexpected("'${' without a closing '}' in '" + std::string(text) + "'");
    }
    const std::string_view name = text.substr(open + 2, close - open - 2);
    if (!valid_variable_name(name)) {
      return base::unexpected("'${" + std::string(name) + "}' is not a variable name ([A-Za-z_][A-Za-z0-9_]*)");
    }
    if (auto done = on_name(open, close + 1 - open, name); !done) {
      return done;
    }
    from = close + 1;
  }
}

}  // namespace

bool valid_variable_name(std::string_view name) {
  if (name.empty()) {
    return false;
  }
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!name_char(name[i], i == 0)) {
      return false;
    }
  }
  return true;
}

base::Expected<std::vector<std::string>, std::string> referenced_variables(std::string_view text) {
  std::vector<std::string> names;
  auto scanned = scan(text, [&](std::size_t, std::size_t, std::string_view name) -> base::Expected<void, std::string> {
    names.emplace_back(name);
    return {};
  });
  if (!scanned) {
    return base::unexpected(scanned.error());
  }
  return names;
}

base::Expected<std::string, std::string> substitute(std::string_view text, const Variables& variables) {
  std::string out;
  std::size_t copied = 0;
  auto scanned =
      scan(text, [&](std::size_t at, std::size_t length, std::string_view name) -> base::Expected<void, std::string> {
        const auto found = variables.find(name);
        if (found == variables.end()) {
          return base::unexpected("variable '" + std::string(name) + "' has no value");
        }
        out.append(text.substr(copied, at - copied));
        out.append(found->second);
        copied = at + length;
        return {};
      });
  if (!scanned) {
    return base::unexpected(scanned.error());
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace hotline::scenario
