// Scenario JSON: one object per step whose single kind key ("tap", "type", ...) carries the argument,
// beside optional modifiers ("role", "timeout_ms", ...). Everything is checked before the app starts,
// so a typo fails in a second with its place named instead of minutes into a run.
#include "native/scenario/scenario_file.h"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <iterator>
#include <regex>
#include <utility>

#include "native/scenario/variables.h"

namespace hotline::scenario {
namespace {

using nlohmann::json;

// A screen that is still arriving (a list from the network) gets a moment before "no such item".
constexpr int kDefaultFindMs = 5'000;
constexpr int kDefaultWaitMs = 10'000;
constexpr int kDefaultExecMs = 60'000;
constexpr int kMaxTimeoutMs = 600'000;

constexpr std::array kKinds = {StepKind::Tap,      StepKind::Type,     StepKind::Key,          StepKind::PickPhotos,
                               StepKind::WaitFor,  StepKind::Expect,   StepKind::ExpectNot,    StepKind::Screenshot,
                               StepKind::Language, StepKind::TextSize, StepKind::HighContrast, StepKind::Elderly,
                               StepKind::ScrollTo, StepKind::Capture,  StepKind::Exec,         StepKind::Idle};

constexpr std::array kRoles = {ui::Role::Button,  ui::Role::TextField, ui::Role::Checkbox, ui::Role::Radio,
                               ui::Role::Heading, ui::Role::Text,      ui::Role::Image};

constexpr std::array<std::pair<std::string_view, ImGuiKey>, 14> kKeys = {{
    {"Backspace", ImGuiKey_Backspace},
    {"Delete", ImGuiKey_Delete},
    {"Enter", ImGuiKey_Enter},
    {"Tab", ImGuiKey_Tab},
    {"Escape", ImGuiKey_Escape},
    {"Space", ImGuiKey_Space},
    {"Left", ImGuiKey_LeftArrow},
    {"Right", ImGuiKey_RightArrow},
    {"Up", ImGuiKey_UpArrow},
    {"Down", ImGuiKey_DownArrow},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
}};

// Collects nlohmann's message for a document that does not parse (the DOM parser only says "no").
struct SyntaxError final : json::json_sax_t {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
    message = error.what();
    return false;
  }
};

template <typename Options>
std::string one_of(const Options& options) {
  std::string out;
  for (const auto& option : options) {
    out += (out.empty() ? "" : ", ") + std::string(option);
  }
  return out;
}

// Reads one step; `where` prefixes every error ("step 3 (tap)").
class StepReader {
 public:
  StepReader(const json& object, std::string where) : object_(object), where_(std::move(where)) {}

  const std::string& error() const { return error_; }
  bool failed() const { return !error_.empty(); }

  bool fail(const std::string& key, const std::string& what) {
    if (error_.empty()) {
      error_ = where_ + ": '" + key + "' " + what;
    }
    return false;
  }

  const json* find(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  bool text(const std::string& key, std::string& out, bool allow_empty = false) {
    const json* value = find(key);
    if (value == nullptr || !value->is_string()) {
      return fail(key, "must be a string");
    }
    out = value->get<std::string>();
    return allow_empty || !out.empty() || fail(key, "must not be empty");
  }

  bool strings(const std::string& key, std::vector<std::string>& out) {
    const json* value = find(key);
    if (value == nullptr || !value->is_array() || value->empty()) {
      return fail(key, "must be a non-empty list of strings");
    }
    for (const json& item : *value) {
      if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
        return fail(key, "must be a non-empty list of strings");
      }
      out.push_back(item.get<std::string>());
    }
    return true;
  }

  bool flag(const std::string& key, bool& out) {
    const json* value = find(key);
    if (value == nullptr || !value->is_boolean()) {
      return fail(key, "must be true or false");
    }
    out = value->get<bool>();
    return true;
  }

  bool optional_int(const std::string& key, int min, int max, int& out) {
    const json* value = find(key);
    if (value == nullptr) {
      return true;
    }
    if (!value->is_number_integer() || value->get<long long>() < min || value->get<long long>() > max) {
      return fail(key, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    out = value->get<int>();
    return true;
  }

  bool optional_role(std::optional<ui::Role>& out) {
    const json* value = find("role");
    if (value == nullptr) {
      return true;
    }
    for (const ui::Role role : kRoles) {
      if (value->is_string() && value->get_ref<const std::string&>() == ui::to_code(role)) {
        out = role;
        return true;
      }
    }
    std::vector<std::string_view> codes;
    for (const ui::Role role : kRoles) {
      codes.push_back(ui::to_code(role));
    }
    return fail("role", "must be one of " + one_of(codes));
  }

  // Every key of the object must have been read: an unknown one is a typo, not something to ignore.
  bool no_unknown_keys() {
    for (const auto& [key, value] : object_.items()) {
      if (key != "comment" && used_.count(key) == 0) {
        return fail(key, "is not a key of this step");
      }
    }
    return true;
  }

 private:
  const json& object_;
  std::string where_;
  std::set<std::string> used_;
  std::string error_;
};

bool read_arguments(StepReader& r, Step& step) {
  const std::string code(to_code(step.kind));
  switch (step.kind) {
    case StepKind::Tap:
    case StepKind::ScrollTo:
      step.timeout_ms = kDefaultFindMs;
      return r.text(code, step.text) && r.optional_role(step.role) &&
             r.optional_int("timeout_ms", 1, kMaxTimeoutMs, step.timeout_ms);
    case StepKind::Type:
      return r.text(code, step.text, true);
    case StepKind::Key: {
      if (!r.text(code, step.text)) {
        return false;
      }
      for (const auto& [name, key] : kKeys) {
        if (step.text == name) {
          step.key = key;
        }
      }
      if (step.key == ImGuiKey_None) {
        std::vector<std::string_view> names;
        for (const auto& entry : kKeys) {
          names.push_back(entry.first);
        }
        return r.fail(code, "must be one of " + one_of(names));
      }
      return r.optional_int("times", 1, 10'000, step.times);
    }
    case StepKind::PickPhotos:
      return r.strings(code, step.args);
    case StepKind::Exec:
      step.timeout_ms = kDefaultExecMs;
      return r.strings(code, step.args) && r.optional_int("timeout_ms", 1, kMaxTimeoutMs, step.timeout_ms);
    case StepKind::WaitFor:
      step.timeout_ms = kDefaultWaitMs;
      return r.text(code, step.text) && r.optional_int("timeout_ms", 1, kMaxTimeoutMs, step.timeout_ms);
    case StepKind::Expect:
    case StepKind::ExpectNot:
      return r.text(code, step.text);
    case StepKind::Screenshot:
      if (!r.text(code, step.text)) {
        return false;
      }
      return step.text.find_first_of("/\\") == std::string::npos || r.fail(code, "must be a file name, not a path");
    case StepKind::Language: {
      if (!r.text(code, step.text)) {
        return false;
      }
      const auto language = text::parse_language_tag(step.text);
      if (!language) {
        return r.fail(code, "must be zh-CN, zh-TW or en");
      }
      step.language = *language;
      return true;
    }
    case StepKind::TextSize: {
      if (!r.text(code, step.text)) {
        return false;
      }
      const auto size = app::parse_text_size(step.text);
      if (!size) {
        return r.fail(code, "must be normal, large or extra-large");
      }
      step.text_size = *size;
      return true;
    }
    case StepKind::HighContrast:
    case StepKind::Elderly:
      return r.flag(code, step.flag);
    case StepKind::Idle: {
      const json* value = r.find(code);
      if (value == nullptr || !value->is_number_integer() || value->get<long long>() < 1 ||
          value->get<long long>() > kMaxTimeoutMs) {
        return r.fail(code, "must be a whole number of milliseconds from 1 to " + std::to_string(kMaxTimeoutMs));
      }
      step.timeout_ms = value->get<int>();
      step.times = -1;
      return r.optional_int("max_frames", 0, 1'000'000, step.times);
    }
    case StepKind::Capture: {
      if (!r.text(code, step.text)) {
        return false;
      }
      if (!valid_variable_name(step.text)) {
        return r.fail(code, "must be a variable name ([A-Za-z_][A-Za-z0-9_]*)");
      }
      if (!r.text("pattern", step.pattern)) {
        return false;
      }
      // std::regex reports a bad pattern only by throwing; this is the one place it is compiled unchecked.
      try {
        std::regex compiled(step.pattern);
      } catch (const std::regex_error& e) {
        return r.fail("pattern", std::string("is not a valid regular expression (") + e.what() + ")");
      }
      return true;
    }
  }
  return false;
}

// The ${NAME}s of a step's texts must be known by now; a capture makes its name known afterwards.
bool check_variables(StepReader& r, const Step& step, std::set<std::string>& known) {
  std::vector<std::string> texts = step.args;
  if (step.kind != StepKind::Capture) {
    texts.push_back(step.text);
  }
  for (const std::string& text : texts) {
    const auto names = referenced_variables(text);
    if (!names) {
      return r.fail(std::string(to_code(step.kind)), names.error());
    }
    for (const std::string& name : *names) {
      if (known.count(name) == 0) {
        return r.fail(std::string(to_code(step.kind)),
                      "uses ${" + name + "}, which is neither given (--var) nor captured by an earlier step");
      }
    }
  }
  if (step.kind == StepKind::Capture) {
    known.insert(step.text);
  }
  return true;
}

base::Expected<Step, std::string> read_step(const json& object, std::size_t index, std::set<std::string>& known) {
  const std::string where = "step " + std::to_string(index + 1);
  if (!object.is_object()) {
    return base::unexpected(where + ": must be an object such as {\"tap\": \"Next\"}");
  }
  std::vector<StepKind> kinds;
  for (const StepKind kind : kKinds) {
    if (object.contains(std::string(to_code(kind)))) {
      kinds.push_back(kind);
    }
  }
  if (kinds.size() != 1) {
    std::vector<std::string_view> codes;
    for (const StepKind kind : kKinds) {
      codes.push_back(to_code(kind));
    }
    return base::unexpected(where + ": needs exactly one of the keys " + one_of(codes) + " (found " +
                            std::to_string(kinds.size()) + ")");
  }
  Step step;
  step.kind = kinds.front();
  StepReader r(object, where + " (" + std::string(to_code(step.kind)) + ")");
  if (!read_arguments(r, step) || !r.no_unknown_keys() || !check_variables(r, step, known)) {
    return base::unexpected(r.error());
  }
  return step;
}

bool read_size(const json& document, Scenario& scenario, std::string& error) {
  if (const auto size = document.find("size"); size != document.end()) {
    if (!size->is_array() || size->size() != 2 || !(*size)[0].is_number_integer() || !(*size)[1].is_number_integer() ||
        (*size)[0].get<long long>() < 200 || (*size)[0].get<long long>() > 4096 || (*size)[1].get<long long>() < 200 ||
        (*size)[1].get<long long>() > 4096) {
      error = "'size' must be [width, height] in logical pixels, each from 200 to 4096";
      return false;
    }
    scenario.width = (*size)[0].get<int>();
    scenario.height = (*size)[1].get<int>();
  }
  if (const auto scale = document.find("scale"); scale != document.end()) {
    if (!scale->is_number_integer() || scale->get<long long>() < 1 || scale->get<long long>() > 4) {
      error = "'scale' must be a whole number from 1 to 4 (device pixels per logical pixel)";
      return false;
    }
    scenario.scale = scale->get<int>();
  }
  return true;
}

}  // namespace

base::Expected<Scenario, std::string> parse_scenario(std::string_view text, const std::set<std::string>& given) {
  const json document = json::parse(text, nullptr, false);
  if (document.is_discarded()) {
    SyntaxError syntax;
    json::sax_parse(text, &syntax);
    return base::unexpected("not valid JSON: " + syntax.message);
  }
  if (!document.is_object()) {
    return base::unexpected(std::string("the scenario must be a JSON object with \"steps\""));
  }
  for (const auto& [key, value] : document.items()) {
    if (key != "name" && key != "size" && key != "scale" && key != "steps" && key != "comment" && key != "fresh_data" &&
        key != "needs") {
      return base::unexpected("'" + key +
                              "' is not a scenario key (name, size, scale, steps, comment, fresh_data, needs)");
    }
    // fresh_data is the driver's (run_scenarios.py: this file starts with an empty kiosk data folder).
    if (key == "fresh_data" && !value.is_boolean()) {
      return base::unexpected(std::string("'fresh_data' must be true or false"));
    }
  }
  Scenario scenario;
  if (const auto name = document.find("name"); name != document.end()) {
    if (!name->is_string()) {
      return base::unexpected(std::string("'name' must be a string"));
    }
    scenario.name = name->get<std::string>();
  }
  std::string error;
  if (!read_size(document, scenario, error)) {
    return base::unexpected(error);
  }
  const auto steps = document.find("steps");
  if (steps == document.end() || !steps->is_array() || steps->empty()) {
    return base::unexpected(std::string("'steps' must be a non-empty list"));
  }
  std::set<std::string> known = given;
  // Variables an earlier scenario of the same run captures (run_scenarios.py passes them with --var):
  // declared, so that running the file on its own names what is missing before any step runs.
  if (const auto needs = document.find("needs"); needs != document.end()) {
    if (!needs->is_array()) {
      return base::unexpected(std::string("'needs' must be a list of variable names"));
    }
    for (const auto& name : *needs) {
      if (!name.is_string() || !valid_variable_name(name.get<std::string>())) {
        return base::unexpected(std::string("'needs' must be a list of variable names"));
      }
      if (given.count(name.get<std::string>()) == 0) {
        return base::unexpected("this scenario needs ${" + name.get<std::string>() +
                                "} from an earlier scenario (run it after the one that captures it)");
      }
    }
  }
  for (std::size_t i = 0; i < steps->size(); ++i) {
    auto step = read_step((*steps)[i], i, known);
    if (!step) {
      return base::unexpected(step.error());
    }
    scenario.steps.push_back(std::move(step).value());
  }
  return scenario;
}

base::Expected<Scenario, std::string> load_scenario(const std::string& path, const std::set<std::string>& given) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return base::unexpected("cannot read scenario file " + path);
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto scenario = parse_scenario(text, given);
  if (!scenario) {
    return base::unexpected(path + ": " + scenario.error());
  }
  return scenario;
}

}  // namespace hotline::scenario
