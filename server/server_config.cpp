// The JSON configuration file of the server (see server_config.h).
#include "server_config.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace hotline::server {

namespace {

bool is_http_url(const std::string& url) {
  return url.starts_with("http://") || url.starts_with("https://");
}

// What Open311 clients are told: the status of a created request, the public address, the endpoints.
bool read_open311(const std::string& path, const nlohmann::json& doc, ServerConfig& config, std::string& error) {
  config.created_status = doc.value("created_status", config.created_status);
  if (config.created_status != 200 && config.created_status != 201) {
    error = path + ": created_status must be 200 or 201";
    return false;
  }
  config.public_base_url = doc.value("public_base_url", config.public_base_url);
  while (config.public_base_url.ends_with('/')) {
    config.public_base_url.pop_back();
  }
  if (!config.public_base_url.empty() && !is_http_url(config.public_base_url)) {
    error = path + ": public_base_url must start with http:// or https://";
    return false;
  }
  if (auto web = doc.find("web_app"); web != doc.end() && web->is_object()) {
    config.web_app.api_key = web->value("api_key", config.web_app.api_key);
    config.web_app.base_url = web->value("base_url", config.web_app.base_url);
  }
  if (auto origins = doc.find("cors_origins"); origins != doc.end()) {
    config.cors_origins = origins->get<std::vector<std::string>>();
    for (const auto& origin : config.cors_origins) {
      if (!is_http_url(origin) || origin.ends_with('/')) {
        error = path + ": cors_origins are origins such as https://example.org (no path, no '*')";
        return false;
      }
    }
  }
  if (auto endpoints = doc.find("endpoints"); endpoints != doc.end()) {
    for (const auto& item : *endpoints) {
      open311::DiscoveryEndpoint e;
      e.url = item.value("url", std::string());
      e.type = item.value("type", std::string("production"));
      if (!is_http_url(e.url)) {
        error = path + ": each endpoint needs a url starting with http:// or https://";
        return false;
      }
      config.endpoints.push_back(std::move(e));
    }
  }
  return true;
}

// Host apps' signed identities: the shared secret, and the issuer and audience every token must name.
bool read_identity(const std::string& path, const nlohmann::json& doc, IdentityTokenConfig& identity,
                   std::string& error) {
  const auto found = doc.find("identity");
  if (found == doc.end()) {
    return true;
  }
  identity.secret = found->value("hs256_secret", std::string());
  identity.issuer = found->value("issuer", std::string());
  identity.audience = found->value("audience", std::string());
  identity.max_age_s = found->value("max_age_s", identity.max_age_s);
  identity.leeway_s = found->value("leeway_s", identity.leeway_s);
  if (identity.secret.size() < 32 || identity.issuer.empty() || identity.audience.empty() || identity.max_age_s < 1 ||
      identity.leeway_s < 0 || identity.leeway_s > 600) {
    error = path +
            ": identity needs hs256_secret (32+ characters), issuer and audience; max_age_s >= 1, "
            "leeway_s 0-600";
    return false;
  }
  return true;
}

bool read_config(const std::string& path, ServerConfig& config, std::string& error) {
  using nlohmann::json;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path;
    return false;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const json doc = json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = path + ": not a JSON object";
    return false;
  }
  if (auto keys = doc.find("api_keys"); keys == doc.end() || !keys->is_array() || keys->empty()) {
    error = path +
            ": api_keys is required, a list of {\"client\", \"key\", \"channel\"} (with --config no development "
            "key is accepted)";
    return false;
  } else {
    config.clients.clear();
    for (const auto& item : *keys) {
      if (!item.is_object()) {
        error = path + ": api_keys entries must be objects";
        return false;
      }
      const auto client = item.value("client", std::string());
      const auto key = item.value("key", std::string());
      const auto channel = domain::channel_from_code(item.value("channel", client));
      if (client.empty() || key.size() < 8 || !channel) {
        error = path + ": each api key needs a client, a key of 8+ characters and a known channel";
        return false;
      }
      config.clients.push_back(ApiClient{client, key, *channel});
    }
  }
  if (auto tokens = doc.find("operator_tokens"); tokens != doc.end()) {
    config.operator_tokens.clear();
    for (const auto& token : *tokens) {
      OperatorIdentity identity;
      if (token.is_string()) {
        identity.token = token.get<std::string>();
      } else if (token.is_object()) {
        identity.token = token.value("token", std::string());
        identity.actor = token.value("actor", identity.actor);
        identity.unit = token.value("unit", std::string());
      }
      if (identity.token.size() < 16 || identity.actor.empty()) {
        error = path + ": operator tokens must be strings of 16+ characters, or {\"token\", \"actor\", \"unit\"}";
        return false;
      }
      config.operator_tokens.push_back(std::move(identity));
    }
  }
  for (auto [name, target] :
       {std::pair{"rate_limit", &config.submit_limit}, std::pair{"failure_limit", &config.failure_limit}}) {
    if (auto limit = doc.find(name); limit != doc.end() && limit->is_object()) {
      target->per_second = limit->value("per_second", target->per_second);
      target->burst = limit->value("burst", target->burst);
      if (target->per_second <= 0 || target->burst < 1) {
        error = path + ": " + name + " needs per_second > 0 and burst >= 1";
        return false;
      }
    }
  }
  if (auto proxies = doc.find("trusted_proxies"); proxies != doc.end()) {
    config.trusted_proxies = proxies->get<std::vector<std::string>>();
  }
  if (auto limits = doc.find("limits"); limits != doc.end() && limits->is_object()) {
    config.head_timeout_ms = limits->value("head_timeout_ms", config.head_timeout_ms);
    config.body_timeout_ms = limits->value("body_timeout_ms", config.body_timeout_ms);
    config.max_connections = limits->value("max_connections", config.max_connections);
    config.max_body_bytes = limits->value("max_body_bytes", config.max_body_bytes);
    config.io_threads = limits->value("io_threads", config.io_threads);
    if (config.head_timeout_ms < 1 || config.body_timeout_ms < 1 || config.max_connections < 1 ||
        config.max_body_bytes < 1 || config.io_threads < 0) {
      error = path + ": limits need head_timeout_ms, body_timeout_ms, max_connections and max_body_bytes >= 1";
      return false;
    }
  }
  if (auto decode = doc.find("decode"); decode != doc.end() && decode->is_object()) {
    config.decode.max_photo_pixels = decode->value("max_photo_pixels", config.decode.max_photo_pixels);
    config.decode.max_request_pixels = decode->value("max_request_pixels", config.decode.max_request_pixels);
    config.decode.max_decode_bytes = decode->value("max_decode_bytes", config.decode.max_decode_bytes);
    if (config.decode.max_photo_pixels < 1 || config.decode.max_request_pixels < config.decode.max_photo_pixels ||
        config.decode.max_decode_bytes < config.decode.max_photo_pixels * kBytesPerPixel) {
      error = path + ": decode needs max_request_pixels >= max_photo_pixels >= 1 and max_decode_bytes >= " +
              std::to_string(kBytesPerPixel) + " x max_photo_pixels";
      return false;
    }
  }
  return read_identity(path, doc, config.identity, error) && read_open311(path, doc, config, error);
}

}  // namespace

bool load_config_file(const std::string& path, ServerConfig& config, std::string& error) {
  // value() throws on a member of the wrong type; that is a configuration error like any other.
  try {
    return read_config(path, config, error);
  } catch (const nlohmann::json::exception& e) {
    error = path + ": " + e.what();
    return false;
  }
}

}  // namespace hotline::server
