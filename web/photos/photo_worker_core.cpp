// The photo pipeline in the Web Worker's own WebAssembly module (loaded by photo_worker.js): the same
// photo::prepare as on kiosks (inspection, limits, capture time, location, re-encode, thumbnail,
// SHA-256), off the page's main thread, its result as prepared_wire bytes.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "photo/prepare.h"
#include "photos/prepared_wire.h"

namespace {

// The last result, read by the worker script right after the call (one photo at a time).
std::string g_result;

}  // namespace

extern "C" {

// Prepares `size` bytes at `bytes` and returns the address of the encoded result (its length from
// hotline_worker_result_size). The location is kept: whether it travels is decided when sending.
EMSCRIPTEN_KEEPALIVE const char* hotline_worker_prepare(const char* bytes, int size) {
  const std::string_view original(bytes, static_cast<std::size_t>(size));
  g_result =
      hotline::web::encode_prepared(hotline::photo::prepare(original, {}, hotline::photo::LocationConsent::Shared));
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
