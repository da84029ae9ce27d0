// ESC/POS, the command language of thermal receipt printers, as far as a kiosk receipt needs it:
// initialise (ESC @), a raster image (GS v 0, in bands), feed and cut (GS V), and the real-time status
// queries (DLE EOT 1: online; DLE EOT 4: paper roll sensor).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "native/receipt/text_raster.h"
#include "platform/receipt_printer.h"

namespace hotline::native::escpos {

using Bytes = std::vector<std::uint8_t>;

// Rows per GS v 0 command: printers with small receive buffers take an image in bands.
inline constexpr int kBandRows = 128;

// The whole job for one receipt: initialise, the canvas as 1-bit raster (dark pixels print), feed
// past the cutter, partial cut. The canvas width is rounded up to whole bytes (white padding).
Bytes receipt_job(const Canvas& canvas);

// DLE EOT n: the printer answers one status byte at once, even while busy.
Bytes status_query(std::uint8_t n);

// What the answers to DLE EOT 1 and DLE EOT 4 say: nullopt when it can print.
std::optional<platform::PrintProblem> status_problem(std::uint8_t printer_status, std::uint8_t paper_status);

}  // namespace hotline::native::escpos
