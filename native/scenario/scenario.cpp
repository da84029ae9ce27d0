// Names of step kinds and one-line descriptions of steps for reports (see scenario.h).
#include "native/scenario/scenario.h"

namespace hotline::scenario {

std::string_view to_code(StepKind kind) {
  switch (kind) {
    case StepKind::Tap:
      return "tap";
    case StepKind::Type:
      return "type";
    case StepKind::Key:
      return "key";
    case StepKind::PickPhotos:
      return "pick_photos";
    case StepKind::WaitFor:
      return "wait_for";
    case StepKind::Expect:
      return "expect";
    case StepKind::ExpectNot:
      return "expect_not";
    case StepKind::Screenshot:
      return "screenshot";
    case StepKind::Language:
      return "language";
    case StepKind::TextSize:
      return "text_size";
    case StepKind::HighContrast:
      return "high_contrast";
    case StepKind::Elderly:
      return "elderly";
    case StepKind::ScrollTo:
      return "scroll_to";
    case StepKind::Capture:
      return "capture";
    case StepKind::Exec:
      return "exec";
    case StepKind::Idle:
      return "idle";
  }
  return "?";
}

std::string describe(const Step& step, std::size_t index) {
  std::string out = "step " + std::to_string(index + 1) + " (" + std::string(to_code(step.kind));
  switch (step.kind) {
    case StepKind::HighContrast:
    case StepKind::Elderly:
      out += step.flag ? " on" : " off";
      break;
    case StepKind::PickPhotos:
    case StepKind::Exec:
      for (const std::string& arg : step.args) {
        out += " '" + arg + "'";
      }
      break;
    case StepKind::Capture:
      out += " " + step.text + " from /" + step.pattern + "/";
      break;
    case StepKind::Idle:
      out += " " + std::to_string(step.timeout_ms) + " ms";
      if (step.times >= 0) {
        out += ", at most " + std::to_string(step.times) + " frames";
      }
      break;
    default:
      out += " '" + step.text + "'";
      break;
  }
  if (step.role) {
    out += " " + std::string(ui::to_code(*step.role));
  }
  if (step.kind == StepKind::Key && step.times > 1) {
    out += " x" + std::to_string(step.times);
  }
  return out + ")";
}

}  // namespace hotline::scenario
