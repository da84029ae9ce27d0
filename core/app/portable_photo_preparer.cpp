// The portable pipeline off the UI thread: the work gets its own copy of the bytes, the result comes
// back through the TaskRunner's done.
#include "app/portable_photo_preparer.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace hotline::app {

platform::Call PortablePhotoPreparer::prepare(const platform::PickedFile& file, photo::PhotoUse use,
                                              std::function<void(Result)> done) {
  auto bytes = std::make_shared<std::string>(file.bytes);
  auto outcome = std::make_shared<std::optional<Result>>();
  return tasks_.run(
      [bytes, use, outcome] { *outcome = photo::prepare(*bytes, photo::settings_for(use), photo::consent_for(use)); },
      [outcome, done = std::move(done)] {
        done(outcome->has_value() ? std::move(**outcome)
                                  : base::unexpected(photo::make_error(photo::PhotoErrorCode::DecodeFailed)));
      });
}

}  // namespace hotline::app
