// Receipts as PNG files in the receipt folder (what a printer daemon would pick up): number, query
// code, due date and a QR code of the look-up page, drawn with the kiosk's CJK font.
#pragma once

#include <string>
#include <vector>

#include "platform/receipt_printer.h"

namespace hotline::native {

class PngReceiptPrinter final : public platform::ReceiptPrinter {
 public:
  // `font_path`: the kiosk's CJK font (a .ttc's Noto Sans CJK SC face is used).
  PngReceiptPrinter(std::string folder, std::string font_path);

  // Writes FOLDER/receipt-<number>.png (atomically: a printer never sees half a file).
  base::Expected<std::string, std::string> print(const platform::Receipt& receipt) override;

 private:
  std::string folder_;
  std::string font_path_;
  std::vector<unsigned char> font_;  // read on the first receipt
};

}  // namespace hotline::native
