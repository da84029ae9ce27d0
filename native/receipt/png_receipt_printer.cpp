// Lays out and writes a receipt PNG (see png_receipt_printer.h).
#include "native/receipt/png_receipt_printer.h"

#include <cstdio>
#include <fstream>
#include <iterator>

#include "native/receipt/qr_image.h"
#include "native/receipt/text_raster.h"
#include "native/screenshot.h"
#include "ui/font_collection.h"
#include "ui/font_file_glyph_source.h"

namespace hotline::native {
namespace {

constexpr int kWidth = 640;
constexpr int kMargin = 40;
constexpr int kQrModulePx = 8;

}  // namespace

PngReceiptPrinter::PngReceiptPrinter(std::string folder, std::string font_path)
    : folder_(std::move(folder)), font_path_(std::move(font_path)) {}

base::Expected<std::string, std::string> PngReceiptPrinter::print(const platform::Receipt& receipt) {
  if (font_.empty()) {
    std::ifstream in(font_path_, std::ios::binary);
    font_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (font_.empty()) {
      return base::unexpected("receipt: cannot read the font " + font_path_);
    }
  }
  const auto qr = qr_image(receipt.lookup_url, kQrModulePx);
  if (!qr) {
    return base::unexpected("receipt: " + qr.error());
  }
  const int face = ui::find_face(font_, ui::kPreferredFamily).value_or(0);
  TextRaster text(font_, face);
  if (!text.ok()) {
    return base::unexpected("receipt: the font " + font_path_ + " cannot be read by stb_truetype");
  }
  const int height = 560 + qr->size;
  Canvas canvas{kWidth, height, std::vector<unsigned char>(static_cast<std::size_t>(kWidth) * height * 4, 255)};
  int y = kMargin;
  const auto line = [&](const std::string& s, float px, int gap) {
    text.draw(canvas, s, kMargin, y, px);
    y += static_cast<int>(px) + gap;
  };
  line("福州 12345 便民服务", 40, 8);
  line("诉求回执" + (receipt.station_name.empty() ? "" : " · " + receipt.station_name), 28, 32);
  if (receipt.claim_key.empty()) {
    line("诉求编号", 24, 4);
    line(receipt.request_number, 40, 20);
    line("查询码", 24, 4);
    line(receipt.query_code, 40, 20);
    line("办理期限  " + receipt.due_date, 28, 24);
  } else {
    line("网络恢复后将自动提交", 28, 12);
    line("查询时“诉求编号”填", 24, 4);
    line(receipt.claim_key, 22, 12);
    line("“查询码”填", 24, 4);
    line(receipt.claim_secret, 22, 16);
  }
  canvas.blit(qr->rgba, qr->size, (kWidth - qr->size) / 2, y);
  y += qr->size + 16;
  line("扫码查看办理进度，或拨打 12345", 24, 8);
  const std::string name =
      "receipt-" + (receipt.claim_key.empty() ? receipt.request_number : receipt.claim_key) + ".png";
  const std::string path = folder_ + "/" + name;
  const std::string temp = folder_ + "/." + name + ".tmp";
  if (!write_png(temp, canvas.rgba, canvas.width, canvas.height) || std::rename(temp.c_str(), path.c_str()) != 0) {
    std::remove(temp.c_str());
    return base::unexpected("receipt: cannot write " + path);
  }
  return path;
}

}  // namespace hotline::native
