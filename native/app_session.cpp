// Building the kiosk's services and app runtime (see app_session.h).
#include "native/app_session.h"

#include <utility>

namespace hotline::native {
namespace {

app::RuntimeConfig kiosk_config(const SessionConfig& config) {
  app::RuntimeConfig runtime;
  runtime.api.base_url = config.backend_url;
  runtime.api.api_key = config.api_key;
  runtime.channel = domain::Channel::Kiosk;
  runtime.station = config.station;
  return runtime;
}

}  // namespace

AppSession::AppSession(const SessionConfig& config, ui::Resources resources, platform::RunQueue& queue,
                       platform::PhotoPicker* photo_picker, platform::Clipboard* clipboard)
    : resources_(std::move(resources)),
      transport_(queue),
      storage_(config.data_dir, queue),
      clock_(config.fixed_clock_ms),
      tasks_(queue),
      host_(queue),
      runtime_({.transport = transport_,
                .storage = storage_,
                .clock = clock_,
                .random = random_,
                .photo_preparer = photos_,
                .photo_picker = photo_picker,
                .location = nullptr,
                .clipboard = clipboard,
                .host = &host_},
               kiosk_config(config), resources_.strings, resources_.holidays) {}

}  // namespace hotline::native
