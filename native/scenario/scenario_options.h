// Command line of hotline-scenario: the scenario's own options; every other one is the kiosk's.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hotline::scenario {

struct ScenarioOptions {
  std::string scenario_path;
  std::string out_dir;                                         // screenshots, variables.json, failed steps
  std::vector<std::pair<std::string, std::string>> variables;  // --var NAME=VALUE, in order
  bool paint_only_screenshots = false;  // headless: frames laid out every time, painted when captured
  std::vector<std::string> kiosk_args;  // the rest, in order, for the kiosk's parser
};

// nullopt with a message naming the bad argument; --scenario and --out are required.
std::optional<ScenarioOptions> parse_scenario_options(const std::vector<std::string>& args, std::string& error);

std::string scenario_usage();

}  // namespace hotline::scenario
