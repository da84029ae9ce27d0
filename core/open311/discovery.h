// GET discovery.json: where a jurisdiction's endpoints are and which formats they speak.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.h"
#include "open311/decode_error.h"

namespace hotline::open311 {

struct DiscoveryEndpoint {
  std::string specification;  // e.g. "http://wiki.open311.org/GeoReport_v2"
  std::string url;
  std::optional<std::string> changeset;  // date-time of the last change
  std::optional<std::string> type;       // "production", "test", ...
  std::vector<std::string> formats;      // MIME types, e.g. "application/json"

  bool operator==(const DiscoveryEndpoint&) const = default;
};

struct Discovery {
  std::optional<std::string> changeset;
  std::optional<std::string> contact;
  std::optional<std::string> key_service;
  std::vector<DiscoveryEndpoint> endpoints;

  bool operator==(const Discovery&) const = default;
};

std::string encode_discovery(const Discovery& discovery);
base::Expected<Discovery, DecodeError> decode_discovery(std::string_view body, const DecodeLimits& limits = {});

}  // namespace hotline::open311
