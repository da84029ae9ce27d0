// Accept-Language negotiation (see accept_language.h).
#include "http/accept_language.h"

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "wire/http_support.h"

namespace hotline::server {

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
    text.remove_prefix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
    text.remove_suffix(1);
  }
  return text;
}

// The weight of "tag;q=0.8" (1 without q, 0 when malformed, so a broken entry is never preferred).
double quality_of(std::string_view parameters) {
  const auto q = parameters.find("q=");
  if (q == std::string_view::npos) {
    return 1.0;
  }
  const std::string value(trim(parameters.substr(q + 2)));
  char* end = nullptr;
  const double weight = std::strtod(value.c_str(), &end);
  return end != value.c_str() && *end == '\0' && weight >= 0.0 && weight <= 1.0 ? weight : 0.0;
}

// The best-weighted language we have among those the client accepts; nullopt when there is none.
std::optional<text::Language> best_language(const http::Request& req) {
  const std::string header = header_list(req, "Accept-Language");
  std::optional<text::Language> best;
  double best_quality = 0.0;
  std::string_view rest = header;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string_view entry = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const auto semicolon = entry.find(';');
    const auto language = text::parse_language_tag(trim(entry.substr(0, semicolon)));
    const double quality = semicolon == std::string_view::npos ? 1.0 : quality_of(entry.substr(semicolon + 1));
    // Strictly greater: among equal weights the first listed wins, as the client ordered them.
    if (language && quality > best_quality) {
      best = *language;
      best_quality = quality;
    }
  }
  return best;
}

}  // namespace

text::Language answer_language(const http::Request& req) {
  return best_language(req).value_or(text::Language::ZhCN);
}

text::Language error_language(const http::Request& req) {
  return best_language(req).value_or(text::Language::En);
}

bool wants_chinese(const http::Request& req) {
  return error_language(req) != text::Language::En;
}

}  // namespace hotline::server
