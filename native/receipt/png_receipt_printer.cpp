// Writes a receipt PNG (see png_receipt_printer.h).
#include "native/receipt/png_receipt_printer.h"

#include <cstdio>

#include "native/screenshot.h"

namespace hotline::native {
namespace {

constexpr int kWidth = 640;

}  // namespace

base::Expected<std::string, platform::PrintError> PngReceiptPrinter::print(const platform::Receipt& receipt) {
  auto canvas = layout_.draw(receipt, kWidth);
  if (!canvas) {
    return base::unexpected(platform::PrintError{platform::PrintProblem::Failed, canvas.error()});
  }
  const std::string name =
      "receipt-" + (receipt.claim_key.empty() ? receipt.request_number : receipt.claim_key) + ".png";
  const std::string path = folder_ + "/" + name;
  const std::string temp = folder_ + "/." + name + ".tmp";
  if (!write_png(temp, canvas->rgba, canvas->width, canvas->height) || std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    return base::unexpected(platform::PrintError{platform::PrintProblem::Failed, "receipt: cannot write " + path});
  }
  return path;
}

}  // namespace hotline::native
