// A receipt drawn as an image, whatever prints it: the request number, the query code, the due date
// and a QR code of the look-up page, in the kiosk's CJK font. Printers get pixels, so no printer font
// (or Chinese code page) is needed.
#pragma once

#include <string>
#include <vector>

#include "base/expected.h"
#include "native/receipt/text_raster.h"
#include "platform/receipt_printer.h"

namespace hotline::native {

class ReceiptLayout {
 public:
  // `font_path`: the kiosk's CJK font (a .ttc's Noto Sans CJK SC face is used); read on first use.
  explicit ReceiptLayout(std::string font_path) : font_path_(std::move(font_path)) {}

  // The receipt `width` pixels wide (a thermal printer's dots per line: 384 on 58 mm paper, 576 on
  // 80 mm), as tall as it needs; white background, black ink.
  base::Expected<Canvas, std::string> draw(const platform::Receipt& receipt, int width);

 private:
  std::string font_path_;
  std::vector<unsigned char> font_;
};

}  // namespace hotline::native
