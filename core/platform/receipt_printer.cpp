// What the citizen is told when no receipt came out (see receipt_printer.h).
#include "platform/receipt_printer.h"

namespace hotline::platform {

base::Message PrintError::message() const {
  switch (problem) {
    case PrintProblem::PaperOut:
      return {"kiosk.receipt.paper_out", {}};
    case PrintProblem::Offline:
      return {"kiosk.receipt.offline", {}};
    case PrintProblem::Failed:
      break;
  }
  return {"kiosk.receipt.failed", {}};
}

}  // namespace hotline::platform
