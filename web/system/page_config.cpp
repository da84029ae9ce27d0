// Fetching and reading the page's configuration (see page_config.h).
#include "web/system/page_config.h"

#include <emscripten/fetch.h>

#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

namespace hotline::web {

namespace {

using Done = std::function<void(PageConfigResult)>;

void finished(emscripten_fetch_t* fetch) {
  std::unique_ptr<Done> done(static_cast<Done*>(fetch->userData));
  const std::string body = fetch->status == 200 ? std::string(fetch->data, fetch->numBytes) : std::string();
  const int status = fetch->status;
  emscripten_fetch_close(fetch);
  if (status != 200) {
    (*done)(base::unexpected(
        PageConfigError{PageConfigProblem::Unreachable, "config.json: HTTP status " + std::to_string(status)}));
    return;
  }
  (*done)(parse_page_config(body));
}

}  // namespace

PageConfigResult parse_page_config(const std::string& json) {
  // Through a string_view, as every other document is parsed: a std::string would instantiate a second
  // copy of nlohmann's parser (another input adapter) in index.wasm.
  const auto page = nlohmann::json::parse(std::string_view(json), nullptr, false);
  const auto api = page.is_object() ? page.find("api") : page.end();
  if (page.is_discarded() || !page.is_object() || api == page.end() || !api->is_object() ||
      !api->value("base_url", nlohmann::json()).is_string() || !api->value("api_key", nlohmann::json()).is_string()) {
    return base::unexpected(
        PageConfigError{PageConfigProblem::Malformed,
                        "config.json: expected {\"api\": {\"base_url\": \"...\", \"api_key\": \"...\"}}"});
  }
  api::ApiConfig config;
  config.base_url = (*api)["base_url"].get<std::string>();
  config.api_key = (*api)["api_key"].get<std::string>();
  return config;
}

void load_page_config(const std::string& url, Done done) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strcpy(attr.requestMethod, "GET");
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = 30'000;
  attr.userData = new Done(std::move(done));
  attr.onsuccess = finished;
  attr.onerror = finished;
  emscripten_fetch(&attr, url.c_str());
}

}  // namespace hotline::web
