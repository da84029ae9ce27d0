// Parses hotline-scenario's own options (see scenario_options.h).
#include "native/scenario/scenario_options.h"

#include "native/scenario/variables.h"

namespace hotline::scenario {

std::string scenario_usage() {
  return "usage: hotline-scenario --scenario FILE --out DIR [--var NAME=VALUE]... [kiosk options]\n"
         "  --scenario FILE       run the steps of a scenario file (docs/scenarios.md); exit status 1\n"
         "                        and a report when a step fails, 2 when the file is wrong\n"
         "  --out DIR             where screenshots, variables.json and a failure report go\n"
         "  --var NAME=VALUE      a value for ${NAME} in the scenario's steps (repeatable)\n"
         "  --paint-only-screenshots  with --headless: paint a frame only for a screenshot\n"
         "                        (long runs such as the soak; the frames are laid out all the same)\n"
         "Every other option is the kiosk's (hotline-kiosk --help): --headless, --config, --data,\n"
         "--backend, --station..., --fixed-clock; the window takes the scenario's size.\n";
}

std::optional<ScenarioOptions> parse_scenario_options(const std::vector<std::string>& args, std::string& error) {
  ScenarioOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--paint-only-screenshots") {
      options.paint_only_screenshots = true;
      continue;
    }
    if (arg != "--scenario" && arg != "--out" && arg != "--var") {
      options.kiosk_args.push_back(arg);
      continue;
    }
    if (i + 1 >= args.size()) {
      error = arg + " needs a value";
      return std::nullopt;
    }
    const std::string& value = args[++i];
    if (arg == "--scenario") {
      options.scenario_path = value;
    } else if (arg == "--out") {
      options.out_dir = value;
    } else {
      const auto equals = value.find('=');
      if (equals == std::string::npos || !valid_variable_name(value.substr(0, equals))) {
        error = "--var expects NAME=VALUE with NAME of [A-Za-z_][A-Za-z0-9_]*, got '" + value + "'";
        return std::nullopt;
      }
      options.variables.emplace_back(value.substr(0, equals), value.substr(equals + 1));
    }
  }
  if (options.scenario_path.empty() || options.out_dir.empty()) {
    error = "--scenario FILE and --out DIR are required";
    return std::nullopt;
  }
  return options;
}

}  // namespace hotline::scenario
