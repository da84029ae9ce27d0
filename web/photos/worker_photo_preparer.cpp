// The C++ half of the photo worker: hands a picked file's handle (or a reply photo's bytes) to
// photo_picker.js, which has it prepared in the worker, and turns the answer back into the pipeline's
// result on the UI thread.
#include "photos/worker_photo_preparer.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>

#include "photos/prepared_wire.h"

extern "C" {
void hotline_photos_prepare(const char* handle, const char* bytes, int size, int max_edge, int use, int token,
                            void (*done)(void*, int, int, char*, int), void* user);
}

namespace hotline::web {

namespace {

// What photo_picker.js answers with (see hotline_photos_prepare there); anything else is a failure.
constexpr int kPrepared = 0;

}  // namespace

platform::Call WorkerPhotoPreparer::prepare(const platform::PickedFile& file, photo::PhotoUse use,
                                            std::function<void(Result)> done) {
  const int token = next_token_++;
  // Cancelled, the worker's answer finds no token and is dropped.
  platform::Call call = platform::Call::started([this, token] { waiting_.erase(token); });
  waiting_[token] = call.deliver(std::move(done));
  hotline_photos_prepare(file.handle.c_str(), file.bytes.data(), static_cast<int>(file.bytes.size()),
                         static_cast<int>(photo::settings_for(use).max_edge), static_cast<int>(use), token,
                         &WorkerPhotoPreparer::answered, this);
  return call;
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
  // Decoding the answer is a copy of a few hundred KB: cheap enough for the UI thread.
  Result result = kind == kPrepared ? decode_prepared(bytes)
                                    : base::unexpected(photo::make_error(photo::PhotoErrorCode::DecodeFailed));
  auto shared = std::make_shared<Result>(std::move(result));
  preparer.queue_.post([done = std::move(done), shared] { done(std::move(*shared)); });
}

}  // namespace hotline::web
