// The C++ half of the photo worker: hands a picked file's handle to photo_picker.js, which has it
// prepared in the worker, and turns the answer back into the pipeline's result on the UI thread.
#include "photos/worker_photo_preparer.h"

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "photo/photo_settings.h"
#include "photos/prepared_wire.h"

extern "C" {
void hotline_photos_prepare(const char* handle, int max_edge, int token, void (*done)(void*, int, int, char*, int),
                            void* user);
}

namespace hotline::web {

namespace {

// What photo_picker.js answers with (see hotline_photos_prepare there).
constexpr int kPrepared = 0;
constexpr int kOriginalBytes = 1;

}  // namespace

void WorkerPhotoPreparer::prepare(const platform::PickedFile& file, std::function<void(Result)> done) {
  if (file.handle.empty()) {
    on_main_thread(file.bytes, std::move(done));
    return;
  }
  const int token = next_token_++;
  waiting_[token] = std::move(done);
  hotline_photos_prepare(file.handle.c_str(), static_cast<int>(photo::PhotoSettings{}.max_edge), token,
                         &WorkerPhotoPreparer::answered, this);
}

void WorkerPhotoPreparer::answered(void* self, int token, int kind, char* data, int size) {
  auto& preparer = *static_cast<WorkerPhotoPreparer*>(self);
  std::string bytes(data, static_cast<std::size_t>(size));
  std::free(data);
  auto found = preparer.waiting_.find(token);
  if (found == preparer.waiting_.end()) {
    return;
  }
  std::function<void(Result)> done = std::move(found->second);
  preparer.waiting_.erase(found);
  if (kind == kOriginalBytes) {
    preparer.on_main_thread(std::move(bytes), std::move(done));
    return;
  }
  // Decoding the answer is a copy of a few hundred KB: cheap enough for the UI thread.
  Result result = kind == kPrepared ? decode_prepared(bytes)
                                    : base::unexpected(photo::make_error(photo::PhotoErrorCode::DecodeFailed));
  auto shared = std::make_shared<Result>(std::move(result));
  preparer.queue_.post([done = std::move(done), shared] { done(std::move(*shared)); });
}

void WorkerPhotoPreparer::on_main_thread(std::string bytes, std::function<void(Result)> done) {
  auto input = std::make_shared<std::string>(std::move(bytes));
  auto output = std::make_shared<std::optional<Result>>();
  tasks_.run([input, output] { *output = photo::prepare(*input, {}, photo::LocationConsent::Shared); },
             [output, done = std::move(done)] { done(std::move(**output)); });
}

}  // namespace hotline::web
