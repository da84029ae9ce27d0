// hotline-scenario, the QA scenario runner: the kiosk app (hotline-kiosk's shell, options and services)
// driven by a scenario file's steps, headless or in a real window (docs/scenarios.md). A program of its
// own, so the kiosk product carries no runner and spawns no processes.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "native/app_shell.h"
#include "native/kiosk_options.h"
#include "native/scenario/runner.h"
#include "native/scenario/scenario_file.h"
#include "native/scenario/scenario_options.h"
#include "native/scenario/scripted_photo_picker.h"

using namespace hotline;

namespace {

// The variables every scenario may use besides its --var ones.
scenario::Variables scenario_variables(const scenario::ScenarioOptions& options, const std::string& scenario_dir) {
  scenario::Variables variables;
  variables["SCENARIO_DIR"] = scenario_dir;
  variables["OUT"] = options.out_dir;
  for (const auto& [name, value] : options.variables) {
    variables[name] = value;
  }
  return variables;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (std::find(args.begin(), args.end(), "--help") != args.end()) {
    std::printf("%s", scenario::scenario_usage().c_str());
    return 0;
  }
  std::string error;
  const auto run_options = scenario::parse_scenario_options(args, error);
  if (!run_options) {
    std::fprintf(stderr, "hotline-scenario: %s\n%s", error.c_str(), scenario::scenario_usage().c_str());
    return native::kExitSetup;
  }
  const auto options = native::parse_kiosk_command_line(run_options->kiosk_args, HOTLINE_DEFAULT_ASSETS_DIR, error);
  if (!options) {
    std::fprintf(stderr, "hotline-scenario: %s\n", error.c_str());
    return native::kExitSetup;
  }

  // Photo paths in the scenario are relative to its own folder, wherever the runner is started.
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(run_options->scenario_path, ec);
  if (ec) {
    std::fprintf(stderr, "hotline-scenario: %s: %s\n", run_options->scenario_path.c_str(), ec.message().c_str());
    return native::kExitSetup;
  }
  const std::string scenario_dir = absolute.parent_path().lexically_normal().string();
  const scenario::Variables variables = scenario_variables(*run_options, scenario_dir);
  std::set<std::string> given;
  for (const auto& entry : variables) {
    given.insert(entry.first);
  }
  const auto scenario = scenario::load_scenario(run_options->scenario_path, given);
  if (!scenario) {
    std::fprintf(stderr, "hotline-scenario: %s\n", scenario.error().c_str());
    return native::kExitSetup;
  }
  std::filesystem::create_directories(run_options->out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "hotline-scenario: cannot create %s: %s\n", run_options->out_dir.c_str(),
                 ec.message().c_str());
    return native::kExitSetup;
  }

  platform::RunQueue queue;
  scenario::ScriptedPhotoPicker picker(queue);
  const native::WindowShape shape{scenario->width, scenario->height, scenario->scale,
                                  run_options->paint_only_screenshots};
  return native::run_app("hotline-scenario", *options, shape, queue, picker, [&](native::Shell& shell) {
    scenario::Runner runner(*scenario, shell.loop, shell.app, picker, shell.clock, {scenario_dir, run_options->out_dir},
                            variables);
    return runner.run();
  });
}
