// Greedy line breaking over break opportunities, with kinsoku (避头尾) adjustment of CJK break points.
#include "ui/line_breaking.h"

#include <algorithm>

#include "text/utf8.h"

namespace hotline::ui {
namespace {

constexpr std::u32string_view kNoLineStart = U"，。、；：？！）］｝」』》〉】〕”’…—·,.;:?!)]}%";
constexpr std::u32string_view kNoLineEnd = U"（［｛「『《〈【〔“‘([{";

bool is_cjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

struct Glyph {
  std::size_t begin;  // byte offsets into the text
  std::size_t end;
  char32_t cp;
};

std::vector<Glyph> decode(std::string_view text) {
  std::vector<Glyph> glyphs;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t begin = pos;
    const auto cp = text::decode_next(text, pos);
    if (!cp) {
      ++pos;  // an invalid byte stays a glyph of its own so nothing is lost
      glyphs.push_back({begin, pos, 0xFFFD});
    } else {
      glyphs.push_back({begin, pos, *cp});
    }
  }
  return glyphs;
}

// May a line break fall between glyphs i-1 and i?
bool break_allowed(const std::vector<Glyph>& g, std::size_t i) {
  const char32_t before = g[i - 1].cp;
  const char32_t after = g[i].cp;
  if (!may_start_line(after) || !may_end_line(before)) {
    return false;
  }
  if (before == U' ' || is_cjk(before) || is_cjk(after)) {
    return after != U' ';
  }
  return false;
}

std::string_view trim_trailing_spaces(std::string_view line) {
  while (!line.empty() && line.back() == ' ') {
    line.remove_suffix(1);
  }
  return line;
}

void break_paragraph(std::string_view text, float max_width, const MeasureText& measure,
                     std::vector<std::string_view>& lines) {
  const std::vector<Glyph> g = decode(text);
  std::size_t start = 0;
  while (start < g.size()) {
    // The longest prefix that fits, then back off to the last allowed break inside it.
    std::size_t fit = start + 1;
    while (fit < g.size() && measure(text.substr(g[start].begin, g[fit].end - g[start].begin)) <= max_width) {
      ++fit;
    }
    if (fit == g.size()) {
      lines.push_back(trim_trailing_spaces(text.substr(g[start].begin)));
      return;
    }
    std::size_t cut = fit;
    while (cut > start + 1 && !break_allowed(g, cut)) {
      --cut;
    }
    if (cut == start + 1 && !break_allowed(g, cut)) {
      cut = fit;  // nothing allowed: split the run where it overflows
    }
    lines.push_back(trim_trailing_spaces(text.substr(g[start].begin, g[cut].begin - g[start].begin)));
    start = cut;
    while (start < g.size() && g[start].cp == U' ') {
      ++start;
    }
  }
}

}  // namespace

bool may_start_line(char32_t cp) {
  return kNoLineStart.find(cp) == std::u32string_view::npos;
}
bool may_end_line(char32_t cp) {
  return kNoLineEnd.find(cp) == std::u32string_view::npos;
}

std::vector<std::string_view> break_lines(std::string_view text, float max_width, const MeasureText& measure) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (true) {
    const std::size_t newline = text.find('\n', pos);
    const std::string_view paragraph = text.substr(pos, newline == std::string_view::npos ? newline : newline - pos);
    if (paragraph.empty()) {
      lines.push_back(paragraph);
    } else {
      break_paragraph(paragraph, max_width, measure, lines);
    }
    if (newline == std::string_view::npos) {
      break;
    }
    pos = newline + 1;
  }
  return lines;
}

}  // namespace hotline::ui
