// The JSON configuration file of the server (see server_config.h).
#include "server_config.h"

#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace hotline::server {

namespace {

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
  if (auto keys = doc.find("api_keys"); keys != doc.end()) {
    if (!keys->is_array()) {
      error = path + ": api_keys must be an array";
      return false;
    }
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
      if (!token.is_string() || token.get<std::string>().size() < 16) {
        error = path + ": operator tokens must be strings of 16+ characters";
        return false;
      }
      config.operator_tokens.push_back(token.get<std::string>());
    }
  }
  if (auto limit = doc.find("rate_limit"); limit != doc.end() && limit->is_object()) {
    config.submit_limit.per_second = limit->value("per_second", config.submit_limit.per_second);
    config.submit_limit.burst = limit->value("burst", config.submit_limit.burst);
    if (config.submit_limit.per_second <= 0 || config.submit_limit.burst < 1) {
      error = path + ": rate_limit needs per_second > 0 and burst >= 1";
      return false;
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
  return true;
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
