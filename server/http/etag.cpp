// Entity tags and If-None-Match evaluation (see etag.h).
#include "http/etag.h"

#include "photo/sha256.h"

namespace hotline::server {

namespace {

constexpr std::size_t kTagHexDigits = 32;

bool is_ows(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trim_ows(std::string_view text) {
  while (!text.empty() && is_ows(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_ows(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

// The quoted part of an entity tag: W/"x" and "x" compare equal under the weak comparison.
std::string_view opaque_tag(std::string_view etag) {
  return etag.substr(0, 2) == "W/" ? etag.substr(2) : etag;
}

}  // namespace

std::string strong_etag(std::string_view bytes) {
  std::string tag = "\"";
  tag.append(photo::sha256_hex(bytes), 0, kTagHexDigits);
  tag += '"';
  return tag;
}

std::string coded_etag(std::string_view etag, std::string_view coding) {
  if (etag.empty() || etag.back() != '"') {
    return std::string(etag);
  }
  std::string tag(etag.substr(0, etag.size() - 1));
  tag += '-';
  tag += coding;
  tag += '"';
  return tag;
}

bool if_none_match_matches(std::string_view field_value, std::string_view etag) {
  const std::string_view value = trim_ows(field_value);
  if (value == "*") {
    return true;  // every answer this is asked about has a current representation
  }
  const std::string_view ours = opaque_tag(etag);
  bool matched = false;
  std::size_t i = 0;
  while (i < value.size()) {
    if (is_ows(value[i]) || value[i] == ',') {
      ++i;
      continue;
    }
    if (value.substr(i, 2) == "W/") {
      i += 2;
    }
    if (i >= value.size() || value[i] != '"') {
      return false;
    }
    const std::size_t close = value.find('"', i + 1);
    if (close == std::string_view::npos) {
      return false;
    }
    matched = matched || value.substr(i, close - i + 1) == ours;
    i = close + 1;
    while (i < value.size() && is_ows(value[i])) {
      ++i;
    }
    if (i < value.size() && value[i] != ',') {
      return false;
    }
  }
  return matched;
}

}  // namespace hotline::server
