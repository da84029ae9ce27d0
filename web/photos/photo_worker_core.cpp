// The photo pipeline in its own WebAssembly module, loaded on the first photo by photo_worker.js (or,
// where no worker runs, into the page by photo_picker.js): the same photo::prepare as on kiosks
// (inspection, limits, capture time, location, re-encode, thumbnail, SHA-256), its result as
// prepared_wire bytes. The page's own module does not link the pipeline.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "photo/photo_use.h"
#include "photo/prepare.h"
#include "photos/prepared_wire.h"

namespace {

// The last result, read by the worker script right after the call (one photo at a time).
std::string g_result;

}  // namespace

extern "C" {

// Prepares `size` bytes at `bytes` for `use` (a photo::PhotoUse) and returns the address of the
// encoded result (its length from hotline_worker_result_size).
EMSCRIPTEN_KEEPALIVE const char* hotline_worker_prepare(const char* bytes, int size, int use) {
  namespace photo = hotline::photo;
  const std::string_view original(bytes, static_cast<std::size_t>(size));
  const auto photo_use = static_cast<photo::PhotoUse>(use);
  g_result = hotline::web::encode_prepared(
      photo::prepare(original, photo::settings_for(photo_use), photo::consent_for(photo_use)));
  return g_result.data();
}

EMSCRIPTEN_KEEPALIVE int hotline_worker_result_size() {
  return static_cast<int>(g_result.size());
}

// Lets the heap give back the last result's memory between photos.
EMSCRIPTEN_KEEPALIVE void hotline_worker_release() {
  std::string().swap(g_result);
}

}  // extern "C"
