// The receipt's lines and QR code laid out (see receipt_layout.h).
#include "native/receipt/receipt_layout.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "native/receipt/qr_image.h"
#include "ui/font_collection.h"
#include "ui/font_file_glyph_source.h"

namespace hotline::native {
namespace {

// Sizes at the PNG receipt's 640 pixels; narrower paper scales them down.
constexpr int kReferenceWidth = 640;
constexpr int kMargin = 40;

}  // namespace

base::Expected<Canvas, std::string> ReceiptLayout::draw(const platform::Receipt& receipt, int width) {
  if (font_.empty()) {
    std::ifstream in(font_path_, std::ios::binary);
    font_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (font_.empty()) {
      return base::unexpected("receipt: cannot read the font " + font_path_);
    }
  }
  const float k = static_cast<float>(width) / kReferenceWidth;
  const int margin = static_cast<int>(kMargin * k);
  // A module of at least 4 dots: 203 dpi thermal heads blur finer QR modules.
  const auto qr = qr_image(receipt.lookup_url, std::max(4, static_cast<int>(8 * k)));
  if (!qr) {
    return base::unexpected("receipt: " + qr.error());
  }
  const int face = ui::find_face(font_, ui::kPreferredFamily).value_or(0);
  TextRaster text(font_, face);
  if (!text.ok()) {
    return base::unexpected("receipt: the font " + font_path_ + " cannot be read by stb_truetype");
  }
  const int height = static_cast<int>(560 * k) + qr->size;
  Canvas canvas{width, height, std::vector<unsigned char>(static_cast<std::size_t>(width) * height * 4, 255)};
  int y = margin;
  const auto line = [&](const std::string& s, float px, int gap) {
    text.draw(canvas, s, margin, y, px * k);
    y += static_cast<int>(px * k) + static_cast<int>(static_cast<float>(gap) * k);
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
    // Not sent yet: the claim finds the request on the look-up page once it is delivered.
    line("网络恢复后将自动提交", 28, 12);
    line("查询时“诉求编号”填", 24, 4);
    line(receipt.claim_key, 22, 12);
    line("“查询码”填", 24, 4);
    line(receipt.claim_secret, 22, 16);
  }
  canvas.blit(qr->rgba, qr->size, (width - qr->size) / 2, y);
  y += qr->size + static_cast<int>(16 * k);
  line("扫码查看办理进度，或拨打 12345", 24, 8);
  return canvas;
}

}  // namespace hotline::native
