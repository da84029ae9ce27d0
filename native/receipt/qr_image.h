// A QR code as an RGBA square (libqrencode), with the quiet zone scanners need around it.
#pragma once

#include <string>
#include <vector>

#include "base/expected.h"

namespace hotline::native {

struct QrImage {
  std::vector<unsigned char> rgba;
  int size = 0;  // pixels per side
};

// Error correction M (a receipt gets creased); `module_px` pixels per module.
base::Expected<QrImage, std::string> qr_image(const std::string& text, int module_px);

}  // namespace hotline::native
