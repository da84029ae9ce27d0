// The page's configuration, served by the backend next to index.html (`config.json`, docs/server.md
// "Configuration", web_app): the Open311 root and api_key of this deployment, so neither is compiled
// into the app.
#pragma once

#include <functional>
#include <string>

#include "api/api_client.h"
#include "base/expected.h"

namespace hotline::web {

// Why the page has no configuration: the app then only reads, from its own origin (logged, not shown).
enum class PageConfigProblem {
  Unreachable,  // config.json did not come (not served, or an HTTP error)
  Malformed,    // it came, but is not {"api": {"base_url": ..., "api_key": ...}}
};

struct PageConfigError {
  PageConfigProblem problem = PageConfigProblem::Unreachable;
  std::string detail;  // for the console
};
using PageConfigResult = base::Expected<api::ApiConfig, PageConfigError>;

// {"api": {"base_url": "/open311/v2", "api_key": "..."}} -> ApiConfig; an error names what is missing.
PageConfigResult parse_page_config(const std::string& json);

// Fetches `url` (relative to the page) and hands over the parsed configuration, or why there is none.
// Asynchronous: `done` runs from the browser's event loop, never inside this call.
void load_page_config(const std::string& url, std::function<void(PageConfigResult)> done);

}  // namespace hotline::web
