// The app model over the platform fakes, with the real holiday data and catalogs: no ImGui, no window.
#pragma once

#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "app/app_runtime.h"
#include "app/portable_photo_preparer.h"
#include "platform/deferred_task_runner.h"
#include "platform/fake_http_transport.h"
#include "platform/manual_clock.h"
#include "platform/memory_storage.h"
#include "platform/sequence_random.h"
#include "ui/resources.h"

namespace hotline::testing {

// services.json as the reference server answers it (two services; complaints need a place).
inline constexpr const char* kServicesJson =
    R"([{"service_code":"BJ-0101","service_name":"上水井盖","group":"城市部件","description":"井盖破损",)"
    R"("metadata":true,"type":"realtime","keywords":"井盖"},)"
    R"({"service_code":"ZX-0101","service_name":"社会保障","group":"咨询","metadata":true,"type":"realtime"}])";

struct ModelFixture {
  platform::RunQueue queue;
  FakeHttpTransport transport{queue};
  MemoryStorage storage{queue};
  ManualClock clock{1'764'460'800'000};  // 2025-11-30T00:00Z
  SequenceRandom random;
  platform::DeferredTaskRunner tasks{queue};
  app::PortablePhotoPreparer photos{tasks};
  ui::Resources resources = load();
  std::unique_ptr<app::AppRuntime> runtime;
  std::optional<app::Station> station;             // set before restart() to run as a kiosk
  platform::LocationProvider* location = nullptr;  // set before restart() to have one
  platform::HostBridge* host = nullptr;            // set before restart() to run inside a host app

  ModelFixture() { restart(); }

  static ui::Resources load() {
    auto resources = ui::load_resources(HOTLINE_APP_ASSETS_DIR);
    if (!resources) {
      throw std::runtime_error(resources.error());
    }
    return std::move(resources).value();
  }

  // A new app over the same storage, as after closing and reopening it (answers services.json first).
  void restart() {
    runtime.reset();
    app::RuntimeConfig config;
    config.api.base_url = "https://hotline.test/open311/v2";
    config.api.api_key = "test-key";
    config.station = station;
    runtime = std::make_unique<app::AppRuntime>(
        app::PlatformServices{transport, storage, clock, random, photos, nullptr, location, nullptr, host}, config,
        resources.strings, resources.holidays);
    transport.script_response(200, kServicesJson);
    model().start();
    settle();
  }

  app::AppModel& model() { return runtime->model(); }

  // Runs posted callbacks and the model's timers until nothing is left.
  void settle() {
    do {
      model().tick();
    } while (queue.pump() > 0);
  }

  // A complaint at an address filled step by step up to review (no photos).
  void fill_complaint_up_to_review(const std::string& address, const std::string& description, const std::string& name,
                                   const std::string& mobile) {
    app::AppModel& m = model();
    m.wizard().start_request(domain::RequestType::Complaint);
    m.wizard().choose_service("BJ-0101");
    m.wizard().use_address();
    m.wizard().set_field(domain::Field::Address, address);
    m.wizard().next();
    m.wizard().set_field(domain::Field::Description, description);
    m.wizard().next();
    m.wizard().next();  // no photos
    m.wizard().set_field(domain::Field::ContactName, name);
    m.wizard().set_field(domain::Field::Mobile, mobile);
    m.wizard().next();
  }
};

}  // namespace hotline::testing
