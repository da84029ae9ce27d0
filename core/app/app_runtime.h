// Everything the app model runs on that is the same on every platform: the Open311 client, the outbox,
// "my requests", the status tracker and drafts over the platform's transport and storage. Each main
// creates the platform services and one AppRuntime.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/api_client.h"
#include "api/drafts.h"
#include "api/my_requests.h"
#include "api/outbox.h"
#include "api/status_tracker.h"
#include "app/app_model.h"
#include "calendar/holiday_calendar.h"
#include "domain/random_source.h"
#include "text/catalog.h"

namespace hotline::app {

struct PlatformServices {
  platform::HttpTransport& transport;
  platform::Storage& storage;
  const platform::Clock& clock;
  domain::RandomSource& random;
  PhotoPreparer& photo_preparer;  // app::PortablePhotoPreparer unless the platform has a better place
  platform::PhotoPicker* photo_picker = nullptr;
  platform::LocationProvider* location = nullptr;
  platform::Clipboard* clipboard = nullptr;
  platform::HostBridge* host = nullptr;
};

struct RuntimeConfig {
  api::ApiConfig api;
  domain::Channel channel = domain::Channel::App;
  std::optional<Station> station;
};

class AppRuntime {
 public:
  // The model is created but not started: call model().start() once the platform is ready to draw.
  AppRuntime(PlatformServices platform, RuntimeConfig config, text::Strings& strings,
             const calendar::HolidayCalendar& holidays);
  AppRuntime(const AppRuntime&) = delete;
  AppRuntime& operator=(const AppRuntime&) = delete;

  AppModel& model() { return *model_; }
  api::Outbox& outbox() { return outbox_; }
  api::Drafts& drafts() { return drafts_; }

 private:
  api::ApiClient api_;
  api::Outbox outbox_;
  api::MyRequests my_requests_;
  api::StatusTracker tracker_;
  api::Drafts drafts_;
  std::unique_ptr<AppModel> model_;
};

}  // namespace hotline::app
