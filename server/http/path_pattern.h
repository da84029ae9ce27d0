// A route's path pattern, matched by hand in one pass over the path: literal segments, `{name}`
// captures of (part of) one segment, a trailing `.{format}` for Open311's `.json`/`.xml` suffix and a
// trailing `/*` for any rest. No regular expressions: libstdc++'s std::regex recurses once per character
// and a long enough path overflows the stack.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hotline::server::http {

class PathPattern {
 public:
  // Throws std::invalid_argument for a pattern outside this syntax (regular-expression characters
  // among them), so a route written for the old regex router fails at start, not silently at run time.
  explicit PathPattern(std::string_view pattern);

  // The whole path followed by the captures in order, or nullopt when the path does not match.
  std::optional<std::vector<std::string>> match(std::string_view path) const;

 private:
  // One segment: `prefix`, then (when `capture`) a non-empty capture, then `suffix`; a literal segment
  // is all prefix.
  struct Segment {
    std::string prefix;
    bool capture = false;
    std::string suffix;
  };
  std::vector<Segment> segments_;
  bool format_suffix_ = false;  // the path ends in .json or .xml, which is not captured
  bool any_rest_ = false;       // further segments, empty ones included, follow the fixed ones
};

}  // namespace hotline::server::http
