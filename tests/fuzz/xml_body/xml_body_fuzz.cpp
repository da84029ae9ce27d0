// libFuzzer harness: arbitrary bytes through the XML escaping, as any text field of an answer would be.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "open311/xml_body.h"
#include "text/utf8.h"

namespace {

// Invariants are checked with abort() so they hold in release builds too.
void require(bool condition) {
  if (!condition) {
    std::abort();
  }
}

bool xml_can_carry(char32_t cp) {
  return cp >= 0x20 ? cp != 0xFFFE && cp != 0xFFFF : cp == '\t' || cp == '\n' || cp == '\r';
}

// The five references the writer may emit, read back the way an XML parser resolves them; any other
// '&' or a '<' would make the element content malformed.
std::string unescape(std::string_view xml) {
  static constexpr std::pair<std::string_view, char> kReferences[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&#13;", '\r'}};
  std::string out;
  for (std::size_t i = 0; i < xml.size();) {
    require(xml[i] != '<');
    if (xml[i] != '&') {
      out += xml[i++];
      continue;
    }
    bool known = false;
    for (const auto& [reference, c] : kReferences) {
      if (xml.substr(i, reference.size()) == reference) {
        out += c;
        i += reference.size();
        known = true;
        break;
      }
    }
    require(known);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string xml = hotline::open311::xml_escape(input);
  require(hotline::text::is_valid_utf8(xml));
  require(xml.find('\r') == std::string::npos);
  const std::string back = unescape(xml);
  std::size_t pos = 0;
  bool carried = hotline::text::is_valid_utf8(input);
  while (carried && pos < input.size()) {
    carried = xml_can_carry(*hotline::text::decode_next(input, pos));
  }
  pos = 0;
  while (pos < back.size()) {
    require(xml_can_carry(*hotline::text::decode_next(back, pos)));
  }
  // Text XML 1.0 can carry comes back byte for byte.
  require(!carried || back == input);
  return 0;
}
