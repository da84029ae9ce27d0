// The ESC/POS receipt printer: the byte stream a loopback network printer receives is decoded back
// into an image (a decoder of its own here: ESC @, DLE EOT, GS v 0 bands, ESC d, GS V) and zbarimg
// reads the look-up URL from its QR code; an empty roll, an offline printer, a refused connection and
// a missing device node are each an error of their kind, and no job is sent to a printer that said no.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "fake_network_printer.h"
#include "native/receipt/escpos.h"
#include "native/receipt/escpos_printer.h"

namespace hotline {
namespace {

using native::EscposPrinter;
using native::EscposPrinterConfig;
using platform::PrintProblem;
using Bytes = std::vector<std::uint8_t>;

struct Bitmap {
  int width = 0;  // pixels
  std::vector<std::vector<bool>> rows;
  bool cut = false;
  bool initialised = false;
};

// The printer's side: what would come out of the head.
Bitmap decode(const Bytes& s) {
  Bitmap image;
  std::size_t i = 0;
  const auto need = [&](std::size_t n) { REQUIRE(i + n <= s.size()); };
  while (i < s.size()) {
    if (s[i] == 0x1B && i + 1 < s.size() && s[i + 1] == '@') {
      image.initialised = image.rows.empty();
      i += 2;
    } else if (s[i] == 0x10 && i + 2 < s.size() && s[i + 1] == 0x04) {
      i += 3;  // a status query
    } else if (s[i] == 0x1D && i + 1 < s.size() && s[i + 1] == 'v') {
      need(8);
      REQUIRE(s[i + 2] == '0');
      REQUIRE(s[i + 3] == 0);
      const int row_bytes = s[i + 4] | (s[i + 5] << 8);
      const int rows = s[i + 6] | (s[i + 7] << 8);
      i += 8;
      need(static_cast<std::size_t>(row_bytes) * rows);
      REQUIRE((image.width == 0 || image.width == row_bytes * 8));
      image.width = row_bytes * 8;
      for (int r = 0; r < rows; ++r) {
        std::vector<bool> row(image.width);
        for (int x = 0; x < image.width; ++x) {
          row[x] = (s[i + x / 8] & (0x80 >> (x % 8))) != 0;
        }
        image.rows.push_back(std::move(row));
        i += row_bytes;
      }
    } else if (s[i] == 0x1B && i + 2 < s.size() && s[i + 1] == 'd') {
      i += 3;
    } else if (s[i] == 0x1D && i + 3 < s.size() && s[i + 1] == 'V' && s[i + 2] == 66) {
      image.cut = true;
      i += 4;
    } else {
      FAIL("unexpected byte " << static_cast<int>(s[i]) << " at " << i);
    }
  }
  return image;
}

// zbarimg's reading of the image's QR code (the image written as a PGM, 2x for the scanner).
std::string scan(const Bitmap& image) {
  const std::string path = std::filesystem::temp_directory_path() / ("escpos-" + std::to_string(::getpid()) + ".pgm");
  {
    std::ofstream out(path, std::ios::binary);
    out << "P5\n" << image.width * 2 << " " << image.rows.size() * 2 << "\n255\n";
    for (const auto& row : image.rows) {
      std::string line;
      for (const bool ink : row) {
        line.append(2, ink ? '\0' : '\xff');
      }
      out << line << line;
    }
  }
  std::string text;
  if (FILE* p = ::popen((std::string(HOTLINE_ZBARIMG) + " --raw -q " + path).c_str(), "r")) {
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, p) != nullptr) {
      text += buffer;
    }
    ::pclose(p);
  }
  std::filesystem::remove(path);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

platform::Receipt receipt() {
  platform::Receipt r;
  r.request_number = "FZ20261206-0042";
  r.query_code = "K7Q2M9";
  r.due_date = "2026-12-18";
  r.lookup_url = "https://12345.fuzhou.gov.cn/#lookup?number=FZ20261206-0042&code=K7Q2M9";
  r.station_name = "地铁1号线南门兜站";
  return r;
}

EscposPrinterConfig network(int port) {
  EscposPrinterConfig config;
  config.host = "127.0.0.1";
  config.port = port;
  config.timeout_ms = 2000;
  return config;
}

}  // namespace

TEST_CASE("a receipt sent to a network printer decodes to an image whose QR code is the look-up URL") {
  testing::FakeNetworkPrinter printer;
  EscposPrinter escpos(network(printer.port()), HOTLINE_TEST_FONT);
  const auto printed = escpos.print(receipt());
  INFO((printed ? std::string() : printed.error().detail));
  REQUIRE(printed);
  CHECK(printed.value() == "receipt printer 127.0.0.1:" + std::to_string(printer.port()));
  const Bitmap image = decode(printer.received());
  CHECK(image.initialised);
  CHECK(image.cut);
  CHECK(image.width == 576);
  CHECK(image.rows.size() > 400);
  CHECK(scan(image) == receipt().lookup_url);
}

TEST_CASE("58 mm paper: the image is 384 dots wide and its QR code still reads") {
  testing::FakeNetworkPrinter printer;
  EscposPrinterConfig config = network(printer.port());
  config.width_dots = 384;
  EscposPrinter escpos(config, HOTLINE_TEST_FONT);
  REQUIRE(escpos.print(receipt()));
  const Bitmap image = decode(printer.received());
  CHECK(image.width == 384);
  CHECK(scan(image) == receipt().lookup_url);
}

TEST_CASE("paper out (DLE EOT 4) or offline (DLE EOT 1): an error of that kind, and no job sent") {
  testing::FakeNetworkPrinter printer;
  EscposPrinter escpos(network(printer.port()), HOTLINE_TEST_FONT);
  printer.set_status(0x12, 0x72);  // roll end sensor: no paper
  auto refused = escpos.print(receipt());
  REQUIRE_FALSE(refused);
  CHECK(refused.error().problem == PrintProblem::PaperOut);
  CHECK_THAT(refused.error().detail, !Catch::Contains("K7Q2M9"));
  CHECK(decode(printer.received()).rows.empty());
  printer.set_status(0x1A, 0x12);  // offline: cover open
  refused = escpos.print(receipt());
  REQUIRE_FALSE(refused);
  CHECK(refused.error().problem == PrintProblem::Offline);
  CHECK(decode(printer.received()).rows.empty());
  printer.set_status(0x12, 0x1E);  // paper near its end: still prints
  CHECK(escpos.print(receipt()));
}

TEST_CASE("no printer: a refused connection and a missing device node are 'offline'") {
  int port = 0;
  {
    testing::FakeNetworkPrinter gone;  // a port that was free a moment ago
    port = gone.port();
  }
  EscposPrinter refused(network(port), HOTLINE_TEST_FONT);
  auto result = refused.print(receipt());
  REQUIRE_FALSE(result);
  CHECK(result.error().problem == PrintProblem::Offline);
  EscposPrinterConfig usb;
  usb.device = "/dev/usb/nonexistent-lp9";
  EscposPrinter unplugged(usb, HOTLINE_TEST_FONT);
  result = unplugged.print(receipt());
  REQUIRE_FALSE(result);
  CHECK(result.error().problem == PrintProblem::Offline);
  CHECK_THAT(result.error().detail, Catch::Contains("/dev/usb/nonexistent-lp9"));
}

TEST_CASE("status bytes: only the roll's end and offline stop a receipt") {
  using native::escpos::status_problem;
  CHECK_FALSE(status_problem(0x12, 0x12));
  CHECK_FALSE(status_problem(0x12, 0x1E));  // near end
  CHECK(status_problem(0x12, 0x72) == PrintProblem::PaperOut);
  CHECK(status_problem(0x1A, 0x12) == PrintProblem::Offline);
}

}  // namespace hotline
