// Executes a checked scenario against the running app: input injected into Dear ImGui, the item
// registry read after each frame, screenshots written to the output folder. A failed step stops the
// run with a report (step, reason, screen, the last frame's items) and a screenshot of that moment.
#pragma once

#include <map>
#include <string>

#include "native/app_loop.h"
#include "native/scenario/scenario.h"
#include "native/scenario/scripted_photo_picker.h"
#include "native/scenario/variables.h"

namespace hotline::scenario {

struct RunPlaces {
  std::string scenario_dir;  // photo paths are relative to it
  std::string out_dir;       // screenshots and failed-step-N.png
};

class Runner {
 public:
  Runner(const Scenario& scenario, native::AppLoop& loop, ui::App& app, ScriptedPhotoPicker& picker,
         const platform::Clock& clock, RunPlaces places, Variables variables);

  // 0 when every step passed (the captured variables then written to OUT/variables.json), 1 after a
  // failed step (its report printed to stderr).
  int run();

 private:
  // Each returns an empty string on success, else the reason the step failed.
  std::string run_step(const Step& step);
  std::string tap(const Step& step);
  std::string find_item(const std::string& label, const std::optional<ui::Role>& role, int timeout_ms,
                        const ui::Item*& item);
  std::string scroll_into_view(const std::string& label, const std::optional<ui::Role>& role, int timeout_ms,
                               const ui::Item*& item);
  std::string type(const Step& step);
  std::string press(const Step& step);
  std::string pick_photos(const Step& step);
  std::string wait_for(const Step& step);
  std::string screenshot(const std::string& name);
  std::string change_settings(const Step& step);
  std::string capture(const Step& step);
  std::string idle(const Step& step);

  // Draws the frames input needs to take effect (Dear ImGui reads queued input at the next frame).
  void settle();
  // Between the frames of a settle: while the model is busy, lets results in without drawing (at most
  // kResultWaitMs a settle), as the time a painted frame took did.
  void let_results_in(std::int64_t deadline);
  // The model is busy, or the status tracker is fetching (my requests' states and news).
  bool loading() const;
  // While the model is busy (a fetch, a photo being prepared), runs the app until it is not, then
  // settles: a tap or a screenshot does not land on a screen about to change.
  void let_loads_arrive();
  // One mouse-wheel move over column x (negative notches scroll down), and the frames it needs.
  void wheel(float x, float notches);
  // Keeps the app running (network results, timers) until `done` or the timeout; false on timeout.
  template <typename Done>
  bool run_until(int timeout_ms, Done&& done);
  void report_failure(std::size_t index, const Step& step, const std::string& reason);

  const Scenario& scenario_;
  native::AppLoop& loop_;
  ui::App& app_;
  ScriptedPhotoPicker& picker_;
  const platform::Clock& clock_;
  RunPlaces places_;
  Variables variables_;
  std::map<std::string, std::string> captured_;  // written to OUT/variables.json after a passing run
};

}  // namespace hotline::scenario
