// Folding of typed numbers to plain ASCII.
#include "domain/input_folding.h"

#include "text/utf8.h"

namespace hotline::domain {

std::optional<std::string> fold_number_input(std::string_view input) {
  std::string out;
  out.reserve(input.size());
  std::size_t pos = 0;
  while (pos < input.size()) {
    const auto cp = text::decode_next(input, pos);
    if (!cp) {
      return std::nullopt;
    }
    const char32_t c = *cp;
    if (c == U' ' || c == U'\t' || c == U'-' || c == U'\u3000' || c == U'\uFF0D') {
      continue;
    }
    if (c >= U'\uFF10' && c <= U'\uFF19') {
      out += static_cast<char>('0' + (c - U'\uFF10'));
    } else if (c == U'\uFF38' || c == U'\uFF58') {
      out += c == U'\uFF38' ? 'X' : 'x';
    } else if (c == U'\uFF0B') {
      out += '+';
    } else {
      text::append_utf8(out, c);
    }
  }
  return out;
}

}  // namespace hotline::domain
