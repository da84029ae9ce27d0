// The UI's cost on its busiest screens, natively and as WebAssembly under node (bench/ui/run.sh):
//  - CPU time per frame (median of kFrames, glyphs already loaded) of "my requests" with 50 requests
//    and of a request's detail with the 7-step timeline and 3 reply photos, beside the baseline measured
//    in the same run: the home screen;
//  - heap bytes in use (malloc's count: ImGui, pixels and containers alike): after start, after a full life cycle
//  (every screen, photos, the list
//    and the detail), and once back home.
//
// usage: ui_frame_bench ASSETS_DIR FONT_FILE
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "api/my_request.h"
#include "heap_in_use.h"
#include "open311/service_request.h"
#include "photo/encode.h"
#include "ui/headless_imgui.h"
#include "ui/test_app.h"

using namespace hotline;

namespace {

constexpr int kFrames = 60;
constexpr int kListSize = 50;

std::string number_of(int i) {
  char text[16];
  std::snprintf(text, sizeof text, "20251130%06d", i + 1);
  return text;
}

open311::ServiceRequest request_with_timeline(int i, int steps, const std::vector<std::string>& reply_media) {
  open311::ServiceRequest r;
  r.service_request_id = number_of(i);
  r.service_code = "BJ-0101";
  r.service_name = "上水井盖";
  r.description = "鼓楼区五四路158号门口的井盖破损，晚上行人容易踩空，已经有老人摔倒，请尽快处理。";
  r.requested_datetime = "2025-11-30T08:00:00+08:00";
  open311::ExtendedAttributes ext;
  for (int s = 0; s < steps; ++s) {
    open311::TimelineNote note;
    note.step = static_cast<workflow::Step>(s);
    note.summary = "workflow.action.accept";
    char datetime[32];
    std::snprintf(datetime, sizeof datetime, "2025-11-30T%02d:%02d:00+08:00", 8 + s, 10 + s);
    note.datetime = datetime;
    note.unit_name = "福州市城市管理委员会";
    note.description = "已安排人员到现场查看，更换井盖并设置警示标志。";
    if (static_cast<workflow::Step>(s) == workflow::Step::Replied) {
      for (const std::string& url : reply_media) {
        domain::Attachment media;
        media.content_type = "image/jpeg";
        media.media_url = url;
        media.sha256 = std::string(64, 'a');
        media.byte_size = 100'000;
        media.width = 1200;
        media.height = 900;
        note.reply_media.push_back(media);
      }
    }
    ext.notes.push_back(note);
  }
  ext.deadline = open311::Deadline{"2025-12-12T00:00:00+08:00", false};
  r.extended_attributes = ext;
  return r;
}

double frame_ms(test::HeadlessImGui& imgui, test::TestApp& app) {
  const auto start = std::chrono::steady_clock::now();
  app.frame(imgui);
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median_frame_ms(test::HeadlessImGui& imgui, test::TestApp& app) {
  for (int i = 0; i < 5; ++i) {
    app.frame(imgui);  // glyphs and layout settle first
  }
  std::vector<double> times;
  for (int i = 0; i < kFrames; ++i) {
    times.push_back(frame_ms(imgui, app));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::string jpeg_photo() {
  photo::Image image = photo::make_image(1200, 900, 3);
  for (std::uint32_t y = 0; y < image.height; ++y) {
    for (std::uint32_t x = 0; x < image.width; ++x) {
      std::uint8_t* p = image.pixels.data() + y * image.stride() + x * 3;
      p[0] = static_cast<std::uint8_t>(x / 5);
      p[1] = static_cast<std::uint8_t>(y / 4);
      p[2] = static_cast<std::uint8_t>((x + y) / 9);
    }
  }
  return photo::encode_jpeg(image, 85).value_or("");
}

double kib(std::int64_t bytes) {
  return static_cast<double>(bytes) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: ui_frame_bench ASSETS_DIR FONT_FILE\n");
    return 2;
  }
  const std::int64_t before = heap_in_use();
  test::HeadlessImGui imgui(ImVec2(390, 844));
  std::unique_ptr<test::TestApp> loaded;
  try {
    loaded = std::make_unique<test::TestApp>(argv[1], argv[2]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ui_frame_bench: %s\n", e.what());
    return 1;
  }
  test::TestApp& app = *loaded;
  // 50 requests the citizen follows, stored as "my requests" before the app starts.
  std::vector<open311::ServiceRequest> list;
  for (int i = 0; i < kListSize; ++i) {
    api::MyRequest mine;
    mine.number = number_of(i);
    mine.query_code = "ABCDEFGH23";
    mine.service_code = "BJ-0101";
    mine.type = domain::RequestType::Complaint;
    mine.title = api::title_of("井盖破损，晚上行人容易踩空 " + std::to_string(i + 1));
    mine.created_ms = 1'764'460'800'000 + i;
    app.storage.write(api::MyRequests::key(mine.number), api::encode_my_request(mine));
    list.push_back(request_with_timeline(i, 1 + i % 7, {}));
  }
  app.transport.script_response(200, "[]");  // services.json
  app.transport.script_response(200, open311::encode_requests(list));
  app.model().start();
  const double home = median_frame_ms(imgui, app);
  const std::int64_t started = heap_in_use();

  app.transport.script_response(200, open311::encode_requests(list));  // opening the list refreshes it
  app.model().open(app::Screen::MyRequests);
  const double my_requests = median_frame_ms(imgui, app);
  if (!app.view.items().shows(number_of(kListSize - 1))) {
    std::fprintf(stderr, "ui_frame_bench: the list did not show %d requests\n", kListSize);
    return 1;
  }

  const std::vector<std::string> media = {"/media/a", "/media/b", "/media/c"};
  app.transport.script_response(200, open311::encode_requests({request_with_timeline(0, 7, media)}));
  const std::string photo = jpeg_photo();
  for (std::size_t i = 0; i < media.size(); ++i) {
    app.transport.script_response(200, photo);
  }
  app.model().open_request(number_of(0));
  for (int i = 0; i < 10; ++i) {
    app.frame(imgui);  // the photos arrive and are decoded between frames
  }
  const double detail = median_frame_ms(imgui, app);
  if (app.view.items().find("答复照片 3", ui::Role::Image) == nullptr) {
    std::fprintf(
        stderr, "ui_frame_bench: the detail screen did not show the reply photos (%s):\n%s",
        app.model().viewer().detail().error() != nullptr ? app.model().viewer().detail().error()->detail.c_str() : "",
        app.view.items().describe().c_str());
    return 1;
  }

  for (const app::Screen screen : {app::Screen::Settings, app::Screen::Lookup}) {
    app.model().open(screen);
    app.frame(imgui);
  }
  app.model().wizard().start_request(domain::RequestType::Complaint);
  for (const app::Screen step :
       {app::Screen::Place, app::Screen::Describe, app::Screen::Photos, app::Screen::Contact, app::Screen::Review}) {
    app.model().open(step);
    app.frame(imgui);
  }
  const std::int64_t cycle = heap_in_use();
  app.model().wizard().discard_request();
  app.model().go_home();
  for (int i = 0; i < 3; ++i) {
    app.frame(imgui);
  }
  const std::int64_t home_again = heap_in_use();

  std::printf("frame home (baseline): %.2f ms\n", home);
  std::printf("frame my requests, %d requests: %.2f ms (%.1fx home)\n", kListSize, my_requests, my_requests / home);
  std::printf("frame detail, 7-step timeline + %zu reply photos: %.2f ms (%.1fx home)\n", media.size(), detail,
              detail / home);
  std::printf("heap held: after start %.0f KiB, after a full life cycle %.0f KiB, back home %.0f KiB\n",
              kib(started - before), kib(cycle - before), kib(home_again - before));
  return 0;
}
