// Request target decoding (see url_query.h).
#include "http/url_query.h"

#include <algorithm>

namespace hotline::server::http {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      const int high = hex_value(text[i + 1]);
      const int low = hex_value(text[i + 2]);
      if (high >= 0 && low >= 0) {
        out += static_cast<char>(high * 16 + low);
        i += 2;
        continue;
      }
    }
    out += plus_is_space && c == '+' ? ' ' : c;
  }
  return out;
}

Params parse_query(std::string_view query) {
  Params params;
  std::size_t pos = 0;
  while (pos <= query.size()) {
    const std::size_t end = std::min(query.find('&', pos), query.size());
    const std::string_view pair = query.substr(pos, end - pos);
    if (!pair.empty()) {
      const std::size_t eq = pair.find('=');
      params.emplace(percent_decode(pair.substr(0, eq), true),
                     eq == std::string_view::npos ? std::string() : percent_decode(pair.substr(eq + 1), true));
    }
    pos = end + 1;
  }
  return params;
}

void split_target(std::string_view target, std::string& path, Params& params) {
  const std::size_t question = target.find('?');
  path = percent_decode(target.substr(0, question), false);
  params = question == std::string_view::npos ? Params() : parse_query(target.substr(question + 1));
}

}  // namespace hotline::server::http
