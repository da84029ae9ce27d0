// The C++ half of the browser's photo picker: collects the handles of the files photo_picker.js keeps
// and answers the app once, through the RunQueue.
#include "photos/browser_photo_picker.h"

#include <cstdlib>
#include <utility>

extern "C" {
void hotline_photos_pick(int max_count, void (*file)(void*, char*, char*), void (*finished)(void*, int), void* user);
}

namespace hotline::web {

platform::Call BrowserPhotoPicker::pick(int max_count, std::function<void(platform::PickResult)> done) {
  if (done_) {
    // The chooser of an earlier pick was left open without an answer: that pick ends as cancelled.
    queue_.post([earlier = std::move(done_)] { earlier(platform::PickResult{}); });
  }
  platform::Call call = platform::Call::started();
  done_ = call.deliver(std::move(done));
  picking_ = platform::PickResult{};
  hotline_photos_pick(max_count, &BrowserPhotoPicker::add_file, &BrowserPhotoPicker::finished, this);
  return call;
}

void BrowserPhotoPicker::add_file(void* self, char* name, char* handle) {
  auto& picker = *static_cast<BrowserPhotoPicker*>(self);
  // The File stays in the page: WorkerPhotoPreparer has it read where it is prepared.
  picker.picking_.files.push_back(platform::PickedFile{name, {}, handle});
  std::free(name);
  std::free(handle);
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
