// Everything the kiosk's app model runs on, created in one place: curl over the RunQueue, files in the
// data folder, the clock, the random source, a worker thread for slow work, and the AppRuntime (Open311
// client, outbox, "my requests", tracker, drafts, model) over them. The window (and with it SDL)
// belongs to the shell, which passes in the device services it has.
#pragma once

#include <optional>
#include <string>

#include "app/app_runtime.h"
#include "app/portable_photo_preparer.h"
#include "native/posix/file_storage.h"
#include "native/posix/os_random_source.h"
#include "native/posix/system_clock.h"
#include "native/system/curl_transport.h"
#include "native/system/no_host_bridge.h"
#include "native/system/thread_task_runner.h"
#include "platform/run_queue.h"
#include "ui/resources.h"

namespace hotline::native {

struct SessionConfig {
  std::string data_dir;
  std::string backend_url;
  std::string api_key;
  std::optional<app::Station> station;
  std::optional<std::int64_t> fixed_clock_ms;  // QA: the clock's start (posix::SystemClock)
};

class AppSession {
 public:
  // `queue` carries network and worker results to the UI thread and must outlive the session; the
  // picker and clipboard may be null (the screens then say the service is not available here). A
  // kiosk has no location provider: it stands still, and its station is the place it offers.
  AppSession(const SessionConfig& config, ui::Resources resources, platform::RunQueue& queue,
             platform::PhotoPicker* photo_picker, platform::Clipboard* clipboard);
  AppSession(const AppSession&) = delete;
  AppSession& operator=(const AppSession&) = delete;

  app::AppModel& model() { return runtime_.model(); }
  const platform::Clock& clock() const { return clock_; }

 private:
  // Declaration order is construction order; destruction runs backwards, so the runtime (and its
  // model) goes first and the transport outlives the client whose exchanges it still holds.
  ui::Resources resources_;
  CurlTransport transport_;
  posix::FileStorage storage_;
  posix::SystemClock clock_;
  posix::OsRandomSource random_;
  ThreadTaskRunner tasks_;
  app::PortablePhotoPreparer photos_{tasks_};
  NoHostBridge host_;
  app::AppRuntime runtime_;
};

}  // namespace hotline::native
