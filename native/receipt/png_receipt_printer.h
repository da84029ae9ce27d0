// Development and QA receipts as PNG files in a folder (scenarios decode their QR codes): what a
// thermal printer would print, at the PNG's 640 pixels. A production kiosk never writes receipts to
// disk (escpos_printer.h).
#pragma once

#include <string>

#include "native/receipt/receipt_layout.h"
#include "platform/receipt_printer.h"

namespace hotline::native {

class PngReceiptPrinter final : public platform::ReceiptPrinter {
 public:
  // `font_path`: the kiosk's CJK font.
  PngReceiptPrinter(std::string folder, std::string font_path)
      : folder_(std::move(folder)), layout_(std::move(font_path)) {}

  // Writes FOLDER/receipt-<number>.png (atomically: a reader never sees half a file).
  base::Expected<std::string, platform::PrintError> print(const platform::Receipt& receipt) override;

 private:
  std::string folder_;
  ReceiptLayout layout_;
};

}  // namespace hotline::native
