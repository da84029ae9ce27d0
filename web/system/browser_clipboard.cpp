// Copying through the Clipboard API (asynchronous: a later refusal is only logged, the citizen still
// sees the code on screen) or, without it, a hidden textarea and document.execCommand('copy').
#include "web/system/browser_clipboard.h"

#include <emscripten.h>

#include <string>

namespace hotline::web {

namespace {

// clang-format off
EM_JS(int, hotline_clipboard_copy_js, (const char* utf8), {
  var text = UTF8ToString(utf8);
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).catch(function(e) { console.warn('[hotline] copy refused: ' + e); });
    return 1;
  }
  var area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  var ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (e) {
    ok = false;
  }
  area.remove();
  return ok ? 1 : 0;
});
// clang-format on

}  // namespace

bool BrowserClipboard::copy(std::string_view text) {
  return hotline_clipboard_copy_js(std::string(text).c_str()) != 0;
}

}  // namespace hotline::web
