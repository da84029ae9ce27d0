// A receipt sent to an ESC/POS printer, its status asked before and after (see escpos_printer.h).
#include "native/receipt/escpos_printer.h"

#include <algorithm>
#include <optional>

#include "native/device/serial_port.h"
#include "native/device/tcp_connection.h"
#include "native/receipt/escpos.h"

namespace hotline::native {
namespace {

using platform::PrintError;
using platform::PrintProblem;

// How long a status byte may take: printers answer DLE EOT at once; one that does not answer at all
// has no back channel (a write-only USB node), and its status is unknown rather than bad.
constexpr int kStatusAnswerMs = 400;

// Every ESC/POS status byte has bit 1 and bit 4 set and bits 0 and 7 clear.
bool is_status_byte(std::uint8_t b) {
  return (b & 0x93) == 0x12;
}

// One status byte, or nullopt when the printer does not answer status queries.
std::optional<std::uint8_t> ask_status(device::DeviceStream& stream, std::uint8_t n, int timeout_ms) {
  if (stream.write_all(escpos::status_query(n), timeout_ms)) {
    return std::nullopt;
  }
  std::vector<std::uint8_t> answer;
  if (stream.read_some(answer, kStatusAnswerMs) || !is_status_byte(answer.back())) {
    return std::nullopt;
  }
  return answer.back();
}

// The printer's own word on whether it can print (nullopt: it can, or it does not say).
std::optional<PrintProblem> printer_problem(device::DeviceStream& stream, int timeout_ms) {
  stream.discard_input();
  const auto online = ask_status(stream, 1, timeout_ms);
  if (!online) {
    return std::nullopt;
  }
  return escpos::status_problem(*online, ask_status(stream, 4, timeout_ms).value_or(0x12));
}

PrintError print_error(PrintProblem problem, const std::string& printer, const std::string& what) {
  return {problem, "receipt printer " + printer + ": " + what};
}

}  // namespace

std::string EscposPrinter::name() const {
  return config_.device.empty() ? config_.host + ":" + std::to_string(config_.port) : config_.device;
}

base::Expected<device::DeviceStream, PrintError> EscposPrinter::connect() const {
  auto stream = config_.device.empty() ? device::connect_tcp(config_.host, config_.port, config_.timeout_ms)
                                       : device::open_device(config_.device, config_.baud);
  if (!stream) {
    // Not there, refused, no answer: the citizen is told the same thing.
    return base::unexpected(print_error(PrintProblem::Offline, name(), stream.error().detail));
  }
  return std::move(stream).value();
}

base::Expected<std::string, PrintError> EscposPrinter::print(const platform::Receipt& receipt) {
  auto canvas = layout_.draw(receipt, config_.width_dots);
  if (!canvas) {
    return base::unexpected(PrintError{PrintProblem::Failed, canvas.error()});
  }
  const escpos::Bytes job = escpos::receipt_job(*canvas);
  auto stream = connect();
  if (!stream) {
    return base::unexpected(stream.error());
  }
  if (const auto problem = printer_problem(*stream, config_.timeout_ms)) {
    return base::unexpected(print_error(
        *problem, name(), *problem == PrintProblem::PaperOut ? "out of paper (DLE EOT 4)" : "offline (DLE EOT 1)"));
  }
  // A serial line moves about baud/10 bytes a second: a receipt image takes seconds at 115200.
  const long long transfer_ms = config_.baud > 0 ? static_cast<long long>(job.size()) * 10'000 / config_.baud : 0;
  if (auto e = stream->write_all(job, config_.timeout_ms + static_cast<int>(std::min(transfer_ms, 600'000LL)))) {
    return base::unexpected(print_error(PrintProblem::Offline, name(), e->detail));
  }
  // The roll may have run out during this receipt.
  if (const auto problem = printer_problem(*stream, config_.timeout_ms); problem == PrintProblem::PaperOut) {
    return base::unexpected(print_error(*problem, name(), "ran out of paper while printing (DLE EOT 4)"));
  }
  return "receipt printer " + name();
}

}  // namespace hotline::native
