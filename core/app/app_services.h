// What the app model runs on, created by each platform's main: the Open311 client and the stores over
// the platform's transport and storage, the clock, and the device services (any of which may be absent).
#pragma once

#include <optional>
#include <string>

#include "api/api_client.h"
#include "api/drafts.h"
#include "api/my_requests.h"
#include "api/outbox.h"
#include "api/status_tracker.h"
#include "app/photo_preparer.h"
#include "calendar/holiday_calendar.h"
#include "domain/channel.h"
#include "platform/clipboard.h"
#include "platform/clock.h"
#include "platform/host_bridge.h"
#include "platform/location_provider.h"
#include "platform/photo_picker.h"
#include "platform/storage.h"

namespace hotline::app {

// A kiosk's own place: where its requests are filed, and the default place of the problem.
struct Station {
  std::string id;  // 1-32 of [A-Za-z0-9_-]
  std::string name;
  domain::GeoPoint point;
};

struct AppServices {
  api::ApiClient& api;
  api::Outbox& outbox;
  api::MyRequests& my_requests;
  api::StatusTracker& tracker;
  api::Drafts& drafts;
  platform::Storage& storage;  // settings
  const platform::Clock& clock;
  const calendar::HolidayCalendar& holidays;
  PhotoPreparer& photo_preparer;                  // the citizen's photos and the reply photos' previews
  platform::HttpTransport& transport;             // reply photos (media URLs are not Open311 calls)
  platform::PhotoPicker* photo_picker = nullptr;  // null: the photo step says photos cannot be added here
  platform::LocationProvider* location = nullptr;
  platform::Clipboard* clipboard = nullptr;
  platform::HostBridge* host = nullptr;  // the host app around the page (web); null elsewhere
  domain::Channel channel = domain::Channel::App;
  std::optional<Station> station;  // kiosks only
};

}  // namespace hotline::app
