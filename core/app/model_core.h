// What the app's concern models share: their dependencies, the navigation, the citizen's visit, the
// backend's services and the revision the loop redraws on.
#pragma once

#include <vector>

#include "api/pending.h"
#include "app/app_services.h"
#include "app/navigation.h"
#include "app/visit.h"
#include "open311/service.h"
#include "text/catalog.h"

namespace hotline::app {

struct ModelCore {
  ModelCore(AppServices deps, text::Strings& catalog_strings) : services(deps), strings(catalog_strings) {}
  ModelCore(const ModelCore&) = delete;
  ModelCore& operator=(const ModelCore&) = delete;

  // Something a screen shows changed outside of input (a result, a timer).
  void changed() { ++revision; }
  void reload_catalog() {
    catalog.start([this](auto done) { return services.api.load_services(std::move(done)); });
  }

  AppServices services;
  text::Strings& strings;
  Navigation nav;
  // Every call the citizen waits for (a spinner on screen): the model's busy().
  platform::Activity activity;
  // The backend's services (categories) in the citizen's language: the wizard lists them, and a new
  // language asks for them again.
  api::Pending<std::vector<open311::Service>> catalog{activity};
  Visit visit{activity};
  unsigned revision = 0;
};

// Where a concern model sends the citizen: AppModel moves the navigation and starts what the new
// screen shows.
class Router {
 public:
  virtual void go(Screen screen) = 0;
  virtual void go_home() = 0;
  virtual void open_request(const std::string& number) = 0;

 protected:
  ~Router() = default;
};

}  // namespace hotline::app
