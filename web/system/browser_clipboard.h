// platform::Clipboard in the browser: navigator.clipboard.writeText, or the older copy command where a
// webview lacks it.
#pragma once

#include <string_view>

#include "platform/clipboard.h"

namespace hotline::web {

class BrowserClipboard final : public platform::Clipboard {
 public:
  bool copy(std::string_view text) override;
};

}  // namespace hotline::web
