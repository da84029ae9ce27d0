// Line breaking: CJK breaks anywhere except before closing / after opening punctuation; Latin at spaces.
#include <catch2/catch.hpp>

#include <string>

#include "text/utf8.h"
#include "ui/line_breaking.h"

using hotline::ui::break_lines;

namespace {

// Every character is 1 unit wide, so max_width is a character count.
float chars(std::string_view s) {
  return static_cast<float>(*hotline::text::count_code_points(s));
}

std::vector<std::string> wrap(std::string_view text, float width) {
  std::vector<std::string> out;
  for (const auto line : break_lines(text, width, chars)) {
    out.emplace_back(line);
  }
  return out;
}

}  // namespace

TEST_CASE("Chinese breaks between characters at the width") {
  CHECK(wrap("您好这里是福州市", 3) == std::vector<std::string>{"您好这", "里是福", "州市"});
}

TEST_CASE("closing punctuation never starts a line") {
  // A naive break after 4 characters would put "，" first on line 2; it moves back with its character.
  CHECK(wrap("提交咨询，投诉建议", 4) == std::vector<std::string>{"提交咨", "询，投诉", "建议"});
  CHECK(wrap("上传照片、随时查看", 4) == std::vector<std::string>{"上传照", "片、随时", "查看"});
}

TEST_CASE("opening punctuation never ends a line") {
  // Width 4 would fit "请拨打「"; the opening bracket moves down with what it opens.
  CHECK(wrap("请拨打「12345」热线", 4).at(0) == "请拨打");
}

TEST_CASE("Latin words wrap at spaces and long words split") {
  CHECK(wrap("ask for help now", 8) == std::vector<std::string>{"ask for", "help now"});
  CHECK(wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
}

TEST_CASE("mixed text breaks between Chinese and Latin, and newlines are kept") {
  CHECK(wrap("福州市12345平台", 6) == std::vector<std::string>{"福州市", "12345平", "台"});
  CHECK(wrap("第一行\n\n第三行", 10) == std::vector<std::string>{"第一行", "", "第三行"});
}

TEST_CASE("no text is lost, whatever the width") {
  const std::string text = "您好！这里是福州市 12345 便民服务平台。您可以提交咨询、投诉、建议和求助（全年无休）。";
  for (float width = 1; width <= 30; ++width) {
    std::string joined;
    for (const auto& line : wrap(text, width)) {
      joined += line;
    }
    std::string expected;
    for (char c : text) {
      if (c != ' ') {
        expected += c;
      }
    }
    std::string joined_no_spaces;
    for (char c : joined) {
      if (c != ' ') {
        joined_no_spaces += c;
      }
    }
    INFO("width " << width);
    CHECK(joined_no_spaces == expected);
  }
}
