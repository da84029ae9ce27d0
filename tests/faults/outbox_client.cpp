// The native client under fault injection: submits requests 0..N-1 through the outbox (curl transport,
// file storage) and exits 0 once every one is marked sent. Killed and restarted at random by the test;
// it resumes from its storage, enqueuing only the submissions it has not stored yet.
//
// usage: fault_outbox_client STORAGE_DIR BASE_URL API_KEY COUNT PHOTO_FILE
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "api/api_client.h"
#include "api/outbox.h"
#include "native/posix/file_storage.h"
#include "native/posix/os_random_source.h"
#include "native/posix/system_clock.h"
#include "native/system/curl_transport.h"
#include "platform/run_queue.h"

using namespace hotline;

namespace {

constexpr int kEnqueuePerFrame = 4;
constexpr int kExitNeedsAttention = 3;

std::vector<open311::FormField> submission(int index) {
  return {{"service_code", "ZX-0201"},
          {"description", "故障注入测试 #" + std::to_string(index) + "：租房提取公积金需要什么材料？"},
          {"attribute[anonymous]", "true"},
          {"attribute[kiosk_station]", "FT-001"}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr, "usage: %s STORAGE_DIR BASE_URL API_KEY COUNT PHOTO_FILE\n", argv[0]);
    return 2;
  }
  const int count = std::atoi(argv[4]);
  std::ifstream photo_file(argv[5], std::ios::binary);
  std::stringstream photo_bytes;
  photo_bytes << photo_file.rdbuf();

  platform::RunQueue queue;
  native::CurlTransport transport(queue);
  posix::FileStorage storage(argv[1], queue);
  posix::SystemClock clock;
  posix::OsRandomSource random;
  api::ApiConfig config{argv[2], argv[3], 2'000, 5'000, 10'000};
  api::ApiClient client(transport, config);
  api::Outbox outbox(storage, client, clock, random, api::OutboxPolicy{{100, 1'000, 2.0}, 4});
  auto opened = outbox.open();
  if (!opened) {
    std::fprintf(stderr, "client: cannot open the outbox: %s\n", opened.error().detail.c_str());
    return 2;
  }
  if (!opened->set_aside.empty()) {
    std::fprintf(stderr, "client: %zu damaged records\n", opened->set_aside.size());
    return 2;
  }
  // Records are written one at a time in submission order, so the stored count is the next index.
  int next = static_cast<int>(outbox.items().size());
  for (;;) {
    for (int i = 0; i < kEnqueuePerFrame && next < count; ++i, ++next) {
      std::vector<api::Photo> photos;
      if (next % 10 == 0) {
        // std::string(...) + rather than "p" + : g++ 12 warns falsely on literal + temporary (PR 105329).
        photos.push_back({std::string("p") + std::to_string(next), "image/png", photo_bytes.str()});
      }
      auto id = outbox.enqueue(submission(next), std::move(photos));
      if (!id) {
        std::fprintf(stderr, "client: enqueue failed: %s\n", id.error().detail.c_str());
        return 2;
      }
    }
    queue.pump();
    outbox.tick();
    int sent = 0;
    for (const api::OutboxItem* item : outbox.items()) {
      if (item->state == api::OutboxState::NeedsAttention) {
        std::fprintf(stderr, "client: item %s needs attention: %s\n", item->id.c_str(), item->last_error_key.c_str());
        return kExitNeedsAttention;
      }
      sent += item->state == api::OutboxState::Sent ? 1 : 0;
    }
    if (next == count && sent == count) {
      std::printf("client: all %d sent\n", count);
      return 0;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}
