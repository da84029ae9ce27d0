// QR code pixels from libqrencode (see qr_image.h).
#include "native/receipt/qr_image.h"

#include <qrencode.h>

#include <memory>

namespace hotline::native {
namespace {

constexpr int kQuietModules = 4;  // ISO/IEC 18004 asks for 4 modules of white around the code

}  // namespace

base::Expected<QrImage, std::string> qr_image(const std::string& text, int module_px) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                       &QRcode_free);
  if (!code) {
    return base::unexpected("the look-up URL cannot be encoded as a QR code (" + std::to_string(text.size()) +
                            " bytes)");
  }
  const int modules = code->width + 2 * kQuietModules;
  QrImage image;
  image.size = modules * module_px;
  image.rgba.assign(static_cast<std::size_t>(image.size) * image.size * 4, 255);
  for (int my = 0; my < code->width; ++my) {
    for (int mx = 0; mx < code->width; ++mx) {
      if ((code->data[my * code->width + mx] & 1) == 0) {
        continue;
      }
      for (int py = 0; py < module_px; ++py) {
        for (int px = 0; px < module_px; ++px) {
          const int x = (mx + kQuietModules) * module_px + px;
          const int y = (my + kQuietModules) * module_px + py;
          unsigned char* p = &image.rgba[(static_cast<std::size_t>(y) * image.size + x) * 4];
          p[0] = p[1] = p[2] = 0;
        }
      }
    }
  }
  return image;
}

}  // namespace hotline::native
