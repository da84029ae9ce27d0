// Scenario files: every step kind read from JSON, and bad files rejected with the step and key named.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "native/scenario/scenario_file.h"
#include "native/scenario/variables.h"

using namespace hotline::scenario;
using hotline::ui::Role;

namespace {

Scenario parse_ok(const std::string& json, const std::set<std::string>& given = {}) {
  auto parsed = parse_scenario(json, given);
  INFO((parsed ? std::string() : parsed.error()));
  REQUIRE(parsed.has_value());
  return std::move(parsed).value();
}

std::string parse_error(const std::string& json, const std::set<std::string>& given = {}) {
  auto parsed = parse_scenario(json, given);
  REQUIRE_FALSE(parsed.has_value());
  return parsed.error();
}

// A one-step scenario around `step`.
std::string one(const std::string& step) {
  return R"({"steps": [)" + step + "]}";
}

}  // namespace

TEST_CASE("a scenario with every step kind is read") {
  const Scenario s = parse_ok(R"({
    "name": "complaint", "size": [1080, 1920], "scale": 2, "comment": "for people",
    "steps": [
      {"tap": "新建诉求", "role": "button", "comment": "home"},
      {"type": "路灯不亮了"},
      {"key": "Backspace", "times": 3},
      {"pick_photos": ["photos/a.jpg", "photos/b.png"]},
      {"wait_for": "已提交", "timeout_ms": 20000},
      {"expect": "受理"},
      {"expect_not": "错误"},
      {"screenshot": "home-zh-CN"},
      {"language": "zh-TW"},
      {"text_size": "extra-large"},
      {"high_contrast": true},
      {"elderly": false},
      {"scroll_to": "提交", "role": "button", "timeout_ms": 100},
      {"capture": "NUMBER", "pattern": "FZ[0-9]+"},
      {"exec": ["${SERVER}", "admin", "accept", "${NUMBER}"], "timeout_ms": 5000}
    ]})",
                              {"SERVER"});
  CHECK(s.name == "complaint");
  CHECK(s.width == 1080);
  CHECK(s.height == 1920);
  CHECK(s.scale == 2);
  REQUIRE(s.steps.size() == 15);
  CHECK(s.steps[0].kind == StepKind::Tap);
  CHECK(s.steps[0].text == "新建诉求");
  CHECK(s.steps[0].role == Role::Button);
  CHECK(s.steps[0].timeout_ms == 5000);
  CHECK(s.steps[1].kind == StepKind::Type);
  CHECK(s.steps[1].text == "路灯不亮了");
  CHECK(s.steps[2].key == ImGuiKey_Backspace);
  CHECK(s.steps[2].times == 3);
  CHECK(s.steps[3].args == std::vector<std::string>{"photos/a.jpg", "photos/b.png"});
  CHECK(s.steps[4].kind == StepKind::WaitFor);
  CHECK(s.steps[4].timeout_ms == 20000);
  CHECK(s.steps[5].kind == StepKind::Expect);
  CHECK(s.steps[6].kind == StepKind::ExpectNot);
  CHECK(s.steps[7].text == "home-zh-CN");
  CHECK(s.steps[8].language == hotline::text::Language::ZhTW);
  CHECK(s.steps[9].text_size == hotline::app::TextSize::ExtraLarge);
  CHECK(s.steps[10].kind == StepKind::HighContrast);
  CHECK(s.steps[10].flag);
  CHECK(s.steps[11].kind == StepKind::Elderly);
  CHECK_FALSE(s.steps[11].flag);
  CHECK(s.steps[12].timeout_ms == 100);
  CHECK(s.steps[13].text == "NUMBER");
  CHECK(s.steps[13].pattern == "FZ[0-9]+");
  CHECK(s.steps[14].args.back() == "${NUMBER}");
  CHECK(s.steps[14].timeout_ms == 5000);
}

TEST_CASE("defaults: a 390x844 phone at scale 1, 10 s waits, one key press") {
  const Scenario s = parse_ok(one(R"({"wait_for": "x"}, {"key": "Enter"}, {"exec": ["true"]})"));
  CHECK(s.width == 390);
  CHECK(s.height == 844);
  CHECK(s.scale == 1);
  CHECK(s.steps[0].timeout_ms == 10000);
  CHECK(s.steps[1].times == 1);
  CHECK(s.steps[2].timeout_ms == 60000);
  CHECK_FALSE(s.steps[0].role.has_value());
}

TEST_CASE("idle: milliseconds and an optional frame budget") {
  const Scenario s = parse_ok(one(R"({"idle": 5000, "max_frames": 0}, {"idle": 1000})"));
  CHECK(s.steps[0].kind == StepKind::Idle);
  CHECK(s.steps[0].timeout_ms == 5000);
  CHECK(s.steps[0].times == 0);
  CHECK(s.steps[1].times == -1);
  CHECK(describe(s.steps[0], 0) == "step 1 (idle 5000 ms, at most 0 frames)");
  CHECK(describe(s.steps[1], 1) == "step 2 (idle 1000 ms)");
  CHECK(parse_error(one(R"({"idle": 0})")) ==
        "step 1 (idle): 'idle' must be a whole number of milliseconds from 1 to 600000");
  CHECK(parse_error(one(R"({"idle": 100, "max_frames": -1})")) ==
        "step 1 (idle): 'max_frames' must be a whole number from 0 to 1000000");
}

TEST_CASE("a file that is not a scenario says why") {
  CHECK(parse_error("{\"steps\": [").find("not valid JSON") == 0);
  CHECK(parse_error("[]") == "the scenario must be a JSON object with \"steps\"");
  CHECK(parse_error("{}") == "'steps' must be a non-empty list");
  CHECK(parse_error(R"({"steps": []})") == "'steps' must be a non-empty list");
  CHECK(parse_error(R"({"step": [{"tap": "x"}]})").find("'step' is not a scenario key") == 0);
  CHECK(parse_error(R"({"size": [100, 844], "steps": [{"tap": "x"}]})").find("'size' must be") == 0);
  CHECK(parse_error(R"({"size": [390], "steps": [{"tap": "x"}]})").find("'size' must be") == 0);
  CHECK(parse_error(R"({"scale": 1.5, "steps": [{"tap": "x"}]})").find("'scale' must be") == 0);
  CHECK(parse_error(R"({"name": 3, "steps": [{"tap": "x"}]})") == "'name' must be a string");
}

TEST_CASE("a bad step is named with its number, kind and key") {
  CHECK(parse_error(one(R"({"tap": "a"}, "tap b")")) == "step 2: must be an object such as {\"tap\": \"Next\"}");
  CHECK(parse_error(one(R"({"tap": "a", "type": "b"})")).find("step 1: needs exactly one of the keys tap, type") == 0);
  CHECK(parse_error(one(R"({"role": "button"})")).find("(found 0)") != std::string::npos);
  CHECK(parse_error(one(R"({"tap": "a", "rol": "button"})")) == "step 1 (tap): 'rol' is not a key of this step");
  CHECK(parse_error(one(R"({"tap": "a", "role": "link"})")) ==
        "step 1 (tap): 'role' must be one of button, textbox, checkbox, radio, heading, text, img");
  CHECK(parse_error(one(R"({"tap": ""})")) == "step 1 (tap): 'tap' must not be empty");
  CHECK(parse_error(one(R"({"tap": 5})")) == "step 1 (tap): 'tap' must be a string");
  CHECK(parse_error(one(R"({"expect": "a", "role": "button"})")) ==
        "step 1 (expect): 'role' is not a key of this step");
  CHECK(parse_error(one(R"({"key": "F13"})")).find("step 1 (key): 'key' must be one of Backspace, Delete, Enter") == 0);
  CHECK(parse_error(one(R"({"key": "Enter", "times": 0})")) ==
        "step 1 (key): 'times' must be a whole number from 1 to 10000");
  CHECK(parse_error(one(R"({"wait_for": "a", "timeout_ms": -1})")) ==
        "step 1 (wait_for): 'timeout_ms' must be a whole number from 1 to 600000");
  CHECK(parse_error(one(R"({"wait_for": "a", "timeout_ms": "5s"})")).find("'timeout_ms' must be") != std::string::npos);
  CHECK(parse_error(one(R"({"pick_photos": []})")) ==
        "step 1 (pick_photos): 'pick_photos' must be a non-empty list of strings");
  CHECK(parse_error(one(R"({"exec": ["admin", 3]})")) == "step 1 (exec): 'exec' must be a non-empty list of strings");
  CHECK(parse_error(one(R"({"screenshot": "out/home"})")) ==
        "step 1 (screenshot): 'screenshot' must be a file name, not a path");
  CHECK(parse_error(one(R"({"language": "fr"})")) == "step 1 (language): 'language' must be zh-CN, zh-TW or en");
  CHECK(parse_error(one(R"({"text_size": "huge"})")) ==
        "step 1 (text_size): 'text_size' must be normal, large or extra-large");
  CHECK(parse_error(one(R"({"elderly": "yes"})")) == "step 1 (elderly): 'elderly' must be true or false");
  CHECK(parse_error(one(R"({"capture": "1ST", "pattern": "x"})")).find("'capture' must be a variable name") !=
        std::string::npos);
  CHECK(parse_error(one(R"({"capture": "N"})")) == "step 1 (capture): 'pattern' must be a string");
  CHECK(parse_error(one(R"({"capture": "N", "pattern": "FZ[0-9"})"))
            .find("step 1 (capture): 'pattern' is not a valid regular expression") == 0);
}

TEST_CASE("variables must be given or captured before they are used") {
  CHECK(parse_error(one(R"({"tap": "${NUMBER}"})")) ==
        "step 1 (tap): 'tap' uses ${NUMBER}, which is neither given (--var) nor captured by an earlier step");
  CHECK(parse_error(one(R"({"exec": ["${SERVER}", "list"]})")).find("uses ${SERVER}") != std::string::npos);
  parse_ok(one(R"({"exec": ["${SERVER}", "list"]})"), {"SERVER"});
  parse_ok(one(R"({"capture": "NUMBER", "pattern": "[0-9]+"}, {"type": "${NUMBER}"})"));
  CHECK(
      parse_error(one(R"({"type": "${NUMBER}"}, {"capture": "NUMBER", "pattern": "[0-9]+"})")).find("step 1 (type)") ==
      0);
  CHECK(parse_error(one(R"({"type": "${NUMBER"})")).find("without a closing '}'") != std::string::npos);
  CHECK(parse_error(one(R"({"type": "${9X}"})")).find("is not a variable name") != std::string::npos);
}

TEST_CASE("substitution replaces every reference and names a missing value") {
  const Variables values = {{"NUMBER", "FZ2026"}, {"CODE", "a1"}};
  CHECK(substitute("${NUMBER}/${CODE} ${NUMBER}", values).value() == "FZ2026/a1 FZ2026");
  CHECK(substitute("no references, $ and { alone", values).value() == "no references, $ and { alone");
  CHECK(substitute("${OTHER}", values).error() == "variable 'OTHER' has no value");
  CHECK(referenced_variables("a ${X} b ${Y_2}").value() == std::vector<std::string>{"X", "Y_2"});
  CHECK_FALSE(valid_variable_name(""));
  CHECK_FALSE(valid_variable_name("A-B"));
  CHECK(valid_variable_name("_a9"));
}

TEST_CASE("reports describe a step in one line") {
  const Scenario s =
      parse_ok(one(R"json({"tap": "下一步", "role": "button"}, {"elderly": true}, {"key": "Backspace", "times": 2},
             {"exec": ["admin", "list"]}, {"capture": "N", "pattern": "FZ(\\d+)"})json"));
  CHECK(describe(s.steps[0], 0) == "step 1 (tap '下一步' button)");
  CHECK(describe(s.steps[1], 1) == "step 2 (elderly on)");
  CHECK(describe(s.steps[2], 2) == "step 3 (key 'Backspace' x2)");
  CHECK(describe(s.steps[3], 3) == "step 4 (exec 'admin' 'list')");
  CHECK(describe(s.steps[4], 4) == "step 5 (capture N from /FZ(\\d+)/)");
}

TEST_CASE("a scenario file that cannot be read is named") {
  auto loaded = load_scenario("/nonexistent/home.json", {});
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error() == "cannot read scenario file /nonexistent/home.json");
}

TEST_CASE("every scenario shipped in tests/scenarios reads") {
  // The variables run_scenarios.py passes (--var); a scenario using another would fail at its start.
  const std::set<std::string> given = {"SERVER", "DB", "BACKEND", "BACKEND_DOWN", "SCENARIO_DIR", "OUT"};
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(HOTLINE_SCENARIO_DIR)) {
    if (entry.path().extension() == ".json") {
      // What it declares it needs from earlier scenarios is given too, as run_scenarios.py does.
      std::set<std::string> with_needs = given;
      std::ifstream in(entry.path());
      const auto document = nlohmann::json::parse(in, nullptr, false);
      for (const auto& name : document.value("needs", nlohmann::json::array())) {
        with_needs.insert(name.get<std::string>());
      }
      auto loaded = load_scenario(entry.path().string(), with_needs);
      INFO((loaded ? std::string() : loaded.error()));
      CHECK(loaded.has_value());
      ++count;
    }
  }
  CHECK(count > 0);
}

TEST_CASE("a scenario that needs a variable from an earlier one names it when run alone") {
  const char* json = R"json({"needs": ["NUMBER"], "steps": [{"wait_for": "${NUMBER}"}]})json";
  const auto alone = parse_scenario(json, {});
  REQUIRE_FALSE(alone.has_value());
  CHECK(alone.error().find("needs ${NUMBER} from an earlier scenario") != std::string::npos);
  CHECK(parse_scenario(json, {"NUMBER"}).has_value());
  CHECK_FALSE(parse_scenario(R"json({"needs": "NUMBER", "steps": [{"idle": 1}]})json", {}).has_value());
  CHECK_FALSE(parse_scenario(R"json({"fresh_data": 1, "steps": [{"idle": 1}]})json", {}).has_value());
}
