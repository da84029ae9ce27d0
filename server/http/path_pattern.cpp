// Hand-written route matching (see path_pattern.h).
#include "http/path_pattern.h"

#include <stdexcept>

namespace hotline::server::http {

namespace {

constexpr std::string_view kFormat = ".{format}";
constexpr std::string_view kAnyRest = "/*";

[[noreturn]] void refuse(std::string_view pattern, const std::string& why) {
  throw std::invalid_argument("route pattern " + std::string(pattern) + ": " + why);
}

// Characters of the old regular-expression patterns, and braces outside a capture.
void check_literal(std::string_view pattern, std::string_view literal) {
  if (literal.find_first_of("\\^$|?*+()[]{}") != std::string_view::npos) {
    refuse(pattern, "'" + std::string(literal) + "' is neither a literal nor a {capture}");
  }
}

// The path's segments after its leading '/', split on every '/' ("/" is one empty segment).
std::vector<std::string_view> segments_of(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 1;
  while (true) {
    const std::size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) {
      return out;
    }
    start = slash + 1;
  }
}

}  // namespace

PathPattern::PathPattern(std::string_view pattern) {
  std::string_view rest = pattern;
  if (!rest.starts_with('/')) {
    refuse(pattern, "does not start with '/'");
  }
  if (rest.ends_with(kFormat)) {
    format_suffix_ = true;
    rest.remove_suffix(kFormat.size());
  } else if (rest.ends_with(kAnyRest)) {
    any_rest_ = true;
    rest.remove_suffix(kAnyRest.size());
  }
  if (rest.empty()) {
    return;  // "/*": every path
  }
  for (const std::string_view piece : segments_of(rest)) {
    Segment segment;
    const std::size_t open = piece.find('{');
    if (open == std::string_view::npos) {
      check_literal(pattern, piece);
      segment.prefix = piece;
    } else {
      const std::size_t close = piece.find('}', open);
      if (close == std::string_view::npos || close == open + 1) {
        refuse(pattern, "a '{' without a name and a '}'");
      }
      check_literal(pattern, piece.substr(0, open));
      check_literal(pattern, piece.substr(open + 1, close - open - 1));
      check_literal(pattern, piece.substr(close + 1));
      segment.prefix = piece.substr(0, open);
      segment.capture = true;
      segment.suffix = piece.substr(close + 1);
    }
    segments_.push_back(std::move(segment));
  }
}

std::optional<std::vector<std::string>> PathPattern::match(std::string_view path) const {
  std::string_view rest = path;
  if (!rest.starts_with('/')) {
    return std::nullopt;
  }
  if (format_suffix_) {
    if (rest.ends_with(".json")) {
      rest.remove_suffix(5);
    } else if (rest.ends_with(".xml")) {
      rest.remove_suffix(4);
    } else {
      return std::nullopt;
    }
  }
  std::vector<std::string> found{std::string(path)};
  if (segments_.empty() && any_rest_) {
    return found;
  }
  const std::vector<std::string_view> pieces = segments_of(rest);
  if (any_rest_ ? pieces.size() <= segments_.size() : pieces.size() != segments_.size()) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < segments_.size(); ++i) {
    const Segment& s = segments_[i];
    const std::string_view piece = pieces[i];
    if (!s.capture) {
      if (piece != s.prefix) {
        return std::nullopt;
      }
      continue;
    }
    if (piece.size() <= s.prefix.size() + s.suffix.size() || !piece.starts_with(s.prefix) ||
        !piece.ends_with(s.suffix)) {
      return std::nullopt;
    }
    found.emplace_back(piece.substr(s.prefix.size(), piece.size() - s.prefix.size() - s.suffix.size()));
  }
  return found;
}

}  // namespace hotline::server::http
