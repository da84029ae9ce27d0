// Step by step through a scenario (see runner.h). Input goes through Dear ImGui's input queue, as the
// SDL backend would deliver it, so the app cannot tell a scenario from a citizen.
#include "native/scenario/runner.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <utility>

#include <nlohmann/json.hpp>

#include "native/scenario/exec_command.h"
#include "native/screenshot.h"
#include "ui/finger_tap.h"
#include "ui/glyph_coverage.h"

namespace hotline::scenario {
namespace {

// A scroll that moves nothing this many times in a row has reached the end of its region.
constexpr int kStuckScrolls = 3;
constexpr int kMaxScrolls = 200;
// Notches per wheel move: a long screen is crossed in a few frames, and a move stays well under a
// screen height, so an item is not skipped over.
constexpr float kWheelNotches = 4;
// How long a tap or a screenshot waits for what the screen is loading before going on regardless.
constexpr int kLoadTimeoutMs = 10000;
// How long a settle lets results in between frames (a local answer takes milliseconds).
constexpr int kResultWaitMs = 1000;

std::string role_text(const std::optional<ui::Role>& role) {
  return role ? " " + std::string(ui::to_code(*role)) : std::string();
}

base::Expected<Step, std::string> substituted(const Step& step, const Variables& variables) {
  Step out = step;
  auto text = substitute(step.text, variables);
  if (!text) {
    return base::unexpected(text.error());
  }
  out.text = std::move(text).value();
  for (std::string& arg : out.args) {
    auto value = substitute(arg, variables);
    if (!value) {
      return base::unexpected(value.error());
    }
    arg = std::move(value).value();
  }
  return out;
}

bool read_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return false;
  }
  bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

Runner::Runner(const Scenario& scenario, native::AppLoop& loop, ui::App& app, ScriptedPhotoPicker& picker,
               const platform::Clock& clock, RunPlaces places, Variables variables)
    : scenario_(scenario),
      loop_(loop),
      app_(app),
      picker_(picker),
      clock_(clock),
      places_(std::move(places)),
      variables_(std::move(variables)) {}

int Runner::run() {
  settle();
  for (std::size_t i = 0; i < scenario_.steps.size(); ++i) {
    const std::int64_t started = clock_.now_ms();
    auto step = substituted(scenario_.steps[i], variables_);
    const std::string reason = step ? run_step(*step) : step.error();
    if (!reason.empty()) {
      report_failure(i, step ? *step : scenario_.steps[i], reason);
      return 1;
    }
    std::printf("scenario: %s ok (%lld ms)\n", describe(*step, i).c_str(),
                static_cast<long long>(clock_.now_ms() - started));
    std::fflush(stdout);
  }
  std::printf("scenario %s: all %zu steps passed (%llu frames drawn)\n", scenario_.name.c_str(), scenario_.steps.size(),
              static_cast<unsigned long long>(loop_.frames_drawn()));
  // What this scenario captured (a request number, a query code) for the scenarios that run after it.
  const std::string path = places_.out_dir + "/variables.json";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << nlohmann::json(captured_).dump(2) << "\n";
  if (!out) {
    std::fprintf(stderr, "scenario: cannot write %s\n", path.c_str());
    return 1;
  }
  return 0;
}

std::string Runner::run_step(const Step& step) {
  switch (step.kind) {
    case StepKind::Tap:
      return tap(step);
    case StepKind::ScrollTo: {
      const ui::Item* item = nullptr;
      return scroll_into_view(step.text, step.role, step.timeout_ms, item);
    }
    case StepKind::Type:
      return type(step);
    case StepKind::Key:
      return press(step);
    case StepKind::PickPhotos:
      return pick_photos(step);
    case StepKind::WaitFor:
      return wait_for(step);
    case StepKind::Expect:
      return app_.items().shows(step.text) ? "" : "'" + step.text + "' is not visible";
    case StepKind::ExpectNot:
      return app_.items().shows(step.text) ? "'" + step.text + "' is visible" : "";
    case StepKind::Screenshot:
      return screenshot(step.text);
    case StepKind::Language:
    case StepKind::TextSize:
    case StepKind::HighContrast:
    case StepKind::Elderly:
      return change_settings(step);
    case StepKind::Capture:
      return capture(step);
    case StepKind::Idle:
      return idle(step);
    case StepKind::Exec: {
      auto done = exec_command(step.args, step.timeout_ms);
      // The command changed the world outside the app (the backend): let results in before the next step.
      settle();
      return done ? "" : done.error();
    }
  }
  return "unknown step";
}

void Runner::settle() {
  loop_.note_input();
  const std::int64_t deadline = clock_.now_ms() + kResultWaitMs;
  for (int i = 0; i < ui::RedrawPolicy::kSettleFrames; ++i) {
    loop_.step();
    let_results_in(deadline);
  }
}

bool Runner::loading() const {
  const app::AppModel& model = app_.model();
  return model.busy() || model.tracker().refreshing();
}

void Runner::let_results_in(std::int64_t deadline) {
  // A frame painted in software took long enough for a local answer to arrive before the next one;
  // without that the next frame would show the spinner in its place (a refreshed screen scrolled
  // back to the top).
  while (loading()) {
    const std::int64_t left = deadline - clock_.now_ms();
    if (left <= 0) {
      return;
    }
    loop_.deliver(static_cast<int>(std::min<std::int64_t>(left, 50)));
  }
}

template <typename Done>
bool Runner::run_until(int timeout_ms, Done&& done) {
  const std::int64_t deadline = clock_.now_ms() + timeout_ms;
  while (true) {
    loop_.step();
    if (done()) {
      return true;
    }
    const std::int64_t left = deadline - clock_.now_ms();
    if (left <= 0) {
      return false;
    }
    loop_.wait(static_cast<int>(std::min<std::int64_t>(left, 50)));
  }
}

void Runner::let_loads_arrive() {
  // Frames painted in software took long enough for a local answer to arrive first; painting only
  // captured frames, steps follow each other within milliseconds, so the runner waits as a citizen
  // would for the spinner.
  if (!loading()) {
    return;
  }
  if (!run_until(kLoadTimeoutMs, [&] { return !loading(); })) {
    std::printf("scenario: still loading after %d ms, going on\n", kLoadTimeoutMs);
    return;
  }
  settle();
}

void Runner::wheel(float x, float notches) {
  // The wheel scrolls the window under the pointer: aim at the item's column, mid-screen.
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(std::clamp(x, 1.0f, io.DisplaySize.x - 1), io.DisplaySize.y / 2);
  io.AddMouseWheelEvent(0, notches);
  settle();
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

std::string Runner::find_item(const std::string& label, const std::optional<ui::Role>& role, int timeout_ms,
                              const ui::Item*& item) {
  // Dear ImGui names a widget only when it is laid out inside the visible area, so an item below the
  // fold is looked for the way a citizen would: scroll down to the end, then up to the top, then wait
  // (the screen may still be loading).
  // The timeout bounds the waiting, not the scrolling (software rendering makes each move slow).
  const ui::ItemRegistry& items = app_.items();
  const std::int64_t deadline = clock_.now_ms() + timeout_ms;
  float notches = -kWheelNotches;  // down first
  int ends_reached = 0;
  for (int scrolls = 0;; ++scrolls) {
    loop_.step();
    if ((item = items.find(label, role)) != nullptr) {
      return "";
    }
    if (ends_reached < 2 && scrolls < kMaxScrolls) {
      const std::string before = items.describe();
      wheel(ImGui::GetIO().DisplaySize.x / 2, notches);
      if (items.describe() == before) {
        ++ends_reached;
        notches = -notches;
      }
      continue;
    }
    const std::int64_t left = deadline - clock_.now_ms();
    if (left <= 0) {
      return "no item labelled '" + label + "'" + role_text(role) + " appeared within " + std::to_string(timeout_ms) +
             " ms (the screen was scrolled through)";
    }
    loop_.wait(static_cast<int>(std::min<std::int64_t>(left, 50)));
  }
}

std::string Runner::scroll_into_view(const std::string& label, const std::optional<ui::Role>& role, int timeout_ms,
                                     const ui::Item*& item) {
  if (std::string failed = find_item(label, role, timeout_ms, item); !failed.empty()) {
    return failed;
  }
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  int stuck = 0;
  float last_y = FLT_MAX;
  for (int scrolls = 0; scrolls <= kMaxScrolls; ++scrolls) {
    item = app_.items().find(label, role);
    if (item == nullptr) {
      return "'" + label + "' disappeared while scrolling to it";
    }
    const ImVec2 center = item->center();
    if (item->visible && center.y >= 0 && center.y < screen.y && center.x >= 0 && center.x < screen.x) {
      return "";
    }
    stuck = center.y == last_y ? stuck + 1 : 0;
    if (stuck >= kStuckScrolls) {
      return "cannot scroll '" + label + "' into view (it stays at y=" + std::to_string(static_cast<int>(center.y)) +
             " on a screen " + std::to_string(static_cast<int>(screen.y)) + " high)";
    }
    last_y = center.y;
    wheel(center.x, center.y >= screen.y / 2 ? -kWheelNotches : kWheelNotches);
  }
  return "'" + label + "' is still out of view after " + std::to_string(kMaxScrolls) + " scrolls";
}

std::string Runner::tap(const Step& step) {
  let_loads_arrive();
  const ui::Item* item = nullptr;
  if (std::string failed = scroll_into_view(step.text, step.role, step.timeout_ms, item); !failed.empty()) {
    return failed;
  }
  if (item->disabled) {
    return "'" + step.text + "' is disabled";
  }
  // No hover left behind on the next screenshot.
  ui::queue_finger_tap(item->center());
  settle();
  settle();
  return "";
}

std::string Runner::type(const Step& step) {
  if (!ImGui::GetIO().WantTextInput) {
    return "no text field has the focus (tap one first)";
  }
  ImGui::GetIO().AddInputCharactersUTF8(step.text.c_str());
  settle();
  return "";
}

std::string Runner::press(const Step& step) {
  ImGuiIO& io = ImGui::GetIO();
  for (int i = 0; i < step.times; ++i) {
    io.AddKeyEvent(step.key, true);
    loop_.note_input();
    loop_.step();
    io.AddKeyEvent(step.key, false);
    loop_.note_input();
    loop_.step();
  }
  settle();
  return "";
}

std::string Runner::pick_photos(const Step& step) {
  const std::optional<int> limit = picker_.open_limit();
  if (!limit) {
    return "no photo chooser is open (tap the button that adds photos first)";
  }
  if (static_cast<int>(step.args.size()) > *limit) {
    return "the chooser takes at most " + std::to_string(*limit) + " files, the step picks " +
           std::to_string(step.args.size());
  }
  std::vector<platform::PickedFile> files;
  for (const std::string& path : step.args) {
    platform::PickedFile file;
    const std::string full = path.starts_with('/') ? path : places_.scenario_dir + "/" + path;
    if (!read_file(full, file.bytes)) {
      return "cannot read " + full;
    }
    file.name = full.substr(full.find_last_of('/') + 1);
    files.push_back(std::move(file));
  }
  picker_.answer(std::move(files));
  settle();
  return "";
}

std::string Runner::wait_for(const Step& step) {
  const ui::ItemRegistry& items = app_.items();
  if (run_until(step.timeout_ms, [&] { return items.shows(step.text); })) {
    return "";
  }
  return "'" + step.text + "' did not appear within " + std::to_string(step.timeout_ms) + " ms";
}

std::string Runner::screenshot(const std::string& name) {
  let_loads_arrive();
  sdl::Window::Capture capture;
  loop_.step(&capture);
  const std::string path = places_.out_dir + "/" + name + ".png";
  if (!native::write_png(path, capture.rgba, capture.width, capture.height)) {
    return "cannot write " + path;
  }
  const std::size_t missing = ui::missing_glyph_count(*ImGui::GetIO().Fonts);
  std::printf("scenario: wrote %s (%dx%d) glyphs_missing=%zu\n", path.c_str(), capture.width, capture.height, missing);
  if (missing != 0) {
    return std::to_string(missing) + " character(s) were drawn as the missing box (see " + path + ")";
  }
  return "";
}

std::string Runner::change_settings(const Step& step) {
  app::AppModel& model = app_.model();
  app::Settings settings = model.preferences().settings();
  switch (step.kind) {
    case StepKind::Language:
      settings.language = step.language;
      break;
    case StepKind::TextSize:
      settings.text_size = step.text_size;
      break;
    case StepKind::HighContrast:
      settings.high_contrast = step.flag;
      break;
    default:
      settings.elderly = step.flag;
      break;
  }
  model.preferences().set_settings(settings);
  settle();
  return "";
}

std::string Runner::capture(const Step& step) {
  const std::regex pattern(step.pattern);  // checked when the file was read
  for (const ui::Item& item : app_.items().items()) {
    std::smatch match;
    if (item.visible && std::regex_search(item.label, match, pattern)) {
      variables_[step.text] = match.size() > 1 ? match[1].str() : match[0].str();
      captured_[step.text] = variables_[step.text];
      std::printf("scenario: %s = %s\n", step.text.c_str(), variables_[step.text].c_str());
      return "";
    }
  }
  return "no visible text matches /" + step.pattern + "/";
}

std::string Runner::idle(const Step& step) {
  // The interactive loop's own iteration: sleep until an event or the model's next due time, then draw
  // only if something changed. Nothing should be drawn while nothing happens (battery, heat).
  const std::uint64_t before = loop_.frames_drawn();
  const std::int64_t deadline = clock_.now_ms() + step.timeout_ms;
  for (std::int64_t left = step.timeout_ms; left > 0; left = deadline - clock_.now_ms()) {
    loop_.wait(static_cast<int>(left));
    loop_.step();
  }
  const std::uint64_t drawn = loop_.frames_drawn() - before;
  std::printf("scenario: idle %d ms: %llu frames drawn\n", step.timeout_ms, static_cast<unsigned long long>(drawn));
  if (step.times >= 0 && drawn > static_cast<std::uint64_t>(step.times)) {
    return std::to_string(drawn) + " frames were drawn while idle, at most " + std::to_string(step.times) + " expected";
  }
  return "";
}

void Runner::report_failure(std::size_t index, const Step& step, const std::string& reason) {
  const std::string shot = places_.out_dir + "/failed-step-" + std::to_string(index + 1) + ".png";
  sdl::Window::Capture capture;
  loop_.step(&capture);
  const bool saved = native::write_png(shot, capture.rgba, capture.width, capture.height);
  std::fprintf(stderr,
               "scenario %s FAILED at %s: %s\n"
               "screen: %s\n"
               "items of the last frame:\n%s"
               "%s %s\n",
               scenario_.name.c_str(), describe(step, index).c_str(), reason.c_str(),
               std::string(app::to_code(app_.model().route().screen)).c_str(), app_.items().describe().c_str(),
               saved ? "screenshot of that moment:" : "could not write", shot.c_str());
}

}  // namespace hotline::scenario
