// Percent-encoding and decoding of form bodies.
#include "open311/form_urlencoded.h"

#include <algorithm>
#include <optional>

#include "text/utf8.h"

namespace hotline::open311 {
namespace {

bool is_kept(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '*' || c == '-' ||
         c == '.' || c == '_';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  return -1;
}

// "[i]": names the i-th pair when its name cannot be shown.
std::string pair_label(std::size_t index) {
  std::string label("[");
  label += std::to_string(index);
  label += ']';
  return label;
}

// Decodes into `out` (a plain or a zeroing string), reserved up front; false on a bad '%' escape.
template <class Text>
bool decode_into(Text& out, std::string_view text, bool plus_is_space) {
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else if (c != '%') {
      out.push_back(c);
    } else {
      const bool complete = i + 2 < text.size();
      const int high = complete ? hex_value(text[i + 1]) : -1;
      const int low = complete ? hex_value(text[i + 2]) : -1;
      if (high < 0 || low < 0) {
        return false;
      }
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    }
  }
  return true;
}

// Appends text percent-encoded to `out`, which the caller sized (three bytes a byte at most).
template <class Text>
void encode_into(Text& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.reserve(out.size() + text.size() * 3);
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_kept(c)) {
      out.push_back(ch);
    } else if (c == ' ') {
      out.push_back('+');
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0x0F]);
    }
  }
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  if (!decode_into(out, text, plus_is_space)) {
    return std::nullopt;
  }
  return out;
}

std::string percent_encode(std::string_view text) {
  std::string out;
  encode_into(out, text);
  return out;
}

base::SecureString encode_form(const std::vector<FormField>& fields) {
  std::size_t most = fields.size();
  for (const auto& field : fields) {
    most += 3 * (field.name.size() + field.value.size()) + 1;
  }
  base::SecureString body;
  body.reserve(most);
  for (const auto& field : fields) {
    if (!body.empty()) {
      body.push_back('&');
    }
    encode_into(body, field.name);
    body.push_back('=');
    encode_into(body, field.value);
  }
  return body;
}

base::Expected<std::vector<FormField>, DecodeError> decode_form(std::string_view body, const DecodeLimits& limits) {
  if (body.size() > limits.max_bytes) {
    return base::unexpected(make_error(DecodeErrorCode::TooLarge, ""));
  }
  std::vector<FormField> fields;
  std::size_t start = 0;
  while (start <= body.size()) {
    const std::size_t end = std::min(body.find('&', start), body.size());
    const std::string_view pair = body.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) {
      continue;
    }
    const std::size_t eq = pair.find('=');
    auto name = percent_decode(pair.substr(0, eq), true);
    if (!name) {
      return base::unexpected(make_error(DecodeErrorCode::BadPercentEscape, pair_label(fields.size())));
    }
    if (!text::is_valid_utf8(*name)) {
      return base::unexpected(make_error(DecodeErrorCode::InvalidUtf8, pair_label(fields.size())));
    }
    base::SecureString value;
    if (!decode_into(value, eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1), true)) {
      return base::unexpected(make_error(DecodeErrorCode::BadPercentEscape, *name));
    }
    if (!text::is_valid_utf8(value)) {
      return base::unexpected(make_error(DecodeErrorCode::InvalidUtf8, *name));
    }
    fields.push_back({std::move(*name), std::move(value)});
  }
  return fields;
}

}  // namespace hotline::open311
