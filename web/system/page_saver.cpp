// PageSaver and the entry point the page calls (see page_saver.h).
#include "web/system/page_saver.h"

#include <emscripten/emscripten.h>

namespace hotline::web {

namespace {

PageSaver* g_saver = nullptr;

// clang-format off
EM_JS(void, hotline_page_saved_js, (int ok), {
  document.body.dataset.saved = ok ? 'ok' : 'failed';
  if (Module.hotlineSaved) Module.hotlineSaved(!!ok);
});
// clang-format on

}  // namespace

PageSaver::PageSaver(std::function<bool()> flush, platform::Storage& storage)
    : flush_(std::move(flush)), storage_(storage) {
  g_saver = this;
}

PageSaver::~PageSaver() {
  g_saver = nullptr;
}

void PageSaver::save_now() {
  const bool written = flush_();
  // Each write starts a sync already; this answers when the one covering the flush has finished.
  saving_ = storage_.when_durable(
      [written](const platform::StorageResult<bool>& result) { hotline_page_saved_js(written && result ? 1 : 0); });
}

}  // namespace hotline::web

extern "C" EMSCRIPTEN_KEEPALIVE void hotline_save_now() {
  if (hotline::web::g_saver != nullptr) {
    hotline::web::g_saver->save_now();
  }
}
