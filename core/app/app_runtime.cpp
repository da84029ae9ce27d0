// Wiring of the portable services under the app model.
#include "app/app_runtime.h"

namespace hotline::app {

AppRuntime::AppRuntime(PlatformServices platform, RuntimeConfig config, text::Strings& strings,
                       const calendar::HolidayCalendar& holidays)
    : api_(platform.transport, config.api, &platform.storage),
      outbox_(platform.storage, api_, platform.clock, platform.random),
      my_requests_(platform.storage),
      tracker_(api_, platform.storage, platform.clock),
      drafts_(platform.storage, platform.clock) {
  AppServices services{api_,
                       outbox_,
                       my_requests_,
                       tracker_,
                       drafts_,
                       platform.storage,
                       platform.clock,
                       holidays,
                       platform.photo_preparer,
                       platform.transport};
  services.photo_picker = platform.photo_picker;
  services.location = platform.location;
  services.clipboard = platform.clipboard;
  services.host = platform.host;
  services.channel = config.channel;
  services.station = std::move(config.station);
  model_ = std::make_unique<AppModel>(services, strings);
}

}  // namespace hotline::app
