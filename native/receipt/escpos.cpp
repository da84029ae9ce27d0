// ESC/POS bytes for a receipt and its status (see escpos.h).
#include "native/receipt/escpos.h"

#include <algorithm>

namespace hotline::native::escpos {
namespace {

constexpr std::uint8_t kEsc = 0x1B;
constexpr std::uint8_t kGs = 0x1D;
constexpr std::uint8_t kDle = 0x10;
constexpr std::uint8_t kEot = 0x04;

// A pixel prints when it is darker than mid-grey.
bool dark(const Canvas& canvas, int x, int y) {
  const unsigned char* p = &canvas.rgba[(static_cast<std::size_t>(y) * canvas.width + x) * 4];
  return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000 < 128;
}

}  // namespace

Bytes receipt_job(const Canvas& canvas) {
  Bytes out{kEsc, '@'};
  const int row_bytes = (canvas.width + 7) / 8;
  for (int top = 0; top < canvas.height; top += kBandRows) {
    const int rows = std::min(kBandRows, canvas.height - top);
    const Bytes header{kGs,
                       'v',
                       '0',
                       0,  // normal density, no scaling
                       static_cast<std::uint8_t>(row_bytes & 0xFF),
                       static_cast<std::uint8_t>(row_bytes >> 8),
                       static_cast<std::uint8_t>(rows & 0xFF),
                       static_cast<std::uint8_t>(rows >> 8)};
    out.insert(out.end(), header.begin(), header.end());
    for (int y = top; y < top + rows; ++y) {
      for (int byte = 0; byte < row_bytes; ++byte) {
        std::uint8_t bits = 0;
        for (int bit = 0; bit < 8; ++bit) {
          const int x = byte * 8 + bit;
          if (x < canvas.width && dark(canvas, x, y)) {
            bits |= static_cast<std::uint8_t>(0x80 >> bit);
          }
        }
        out.push_back(bits);
      }
    }
  }
  // Feed 4 lines so the last printed line clears the cutter, then a partial cut (GS V 66 0: feed to
  // the cutting position and cut).
  const Bytes finish{kEsc, 'd', 4, kGs, 'V', 66, 0};
  out.insert(out.end(), finish.begin(), finish.end());
  return out;
}

Bytes status_query(std::uint8_t n) {
  return {kDle, kEot, n};
}

std::optional<platform::PrintProblem> status_problem(std::uint8_t printer_status, std::uint8_t paper_status) {
  // DLE EOT 4, bits 5 and 6: the roll's end sensor found no paper (bits 2-3 only say "near end").
  if ((paper_status & 0x60) != 0) {
    return platform::PrintProblem::PaperOut;
  }
  // DLE EOT 1, bit 3: offline (cover open, paper feed button held, an error).
  if ((printer_status & 0x08) != 0) {
    return platform::PrintProblem::Offline;
  }
  return std::nullopt;
}

}  // namespace hotline::native::escpos
