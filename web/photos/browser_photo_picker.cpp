// The C++ half of the browser's photo picker: collects the files photo_picker.js hands over and answers
// the app once, through the RunQueue.
#include "photos/browser_photo_picker.h"

#include <cstdlib>
#include <utility>

#include "photo/photo_settings.h"

extern "C" {
void hotline_photos_pick(int max_count, int max_edge, void (*file)(void*, char*, char*, int),
                         void (*finished)(void*, int), void* user);
}

namespace hotline::web {

void BrowserPhotoPicker::pick(int max_count, std::function<void(platform::PickResult)> done) {
  if (done_) {
    // The chooser of an earlier pick was left open without an answer: that pick ends as cancelled.
    queue_.post([earlier = std::move(done_)] { earlier(platform::PickResult{}); });
  }
  done_ = std::move(done);
  picking_ = platform::PickResult{};
  // The browser downscales to the pipeline's upload size: the core's own resize then has little to do.
  const int max_edge = static_cast<int>(photo::PhotoSettings{}.max_edge);
  hotline_photos_pick(max_count, max_edge, &BrowserPhotoPicker::add_file, &BrowserPhotoPicker::finished, this);
}

void BrowserPhotoPicker::add_file(void* self, char* name, char* bytes, int size) {
  auto& picker = *static_cast<BrowserPhotoPicker*>(self);
  picker.picking_.files.push_back(platform::PickedFile{name, std::string(bytes, static_cast<std::size_t>(size))});
  std::free(name);
  std::free(bytes);
}

void BrowserPhotoPicker::finished(void* self, int outcome) {
  auto& picker = *static_cast<BrowserPhotoPicker*>(self);
  if (!picker.done_) {
    return;
  }
  platform::PickResult result = std::move(picker.picking_);
  result.outcome = outcome == 0   ? platform::PickOutcome::Picked
                   : outcome == 1 ? platform::PickOutcome::Cancelled
                                  : platform::PickOutcome::Unavailable;
  picker.queue_.post(
      [done = std::move(picker.done_), result = std::move(result)]() mutable { done(std::move(result)); });
  picker.done_ = nullptr;
}

}  // namespace hotline::web
