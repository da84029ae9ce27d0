// What the citizen is told when the ID card could not be read (see id_card_reader.h).
#include "platform/id_card_reader.h"

namespace hotline::platform {

base::Message CardReadError::message() const {
  switch (problem) {
    case CardReadProblem::MovedTooSoon:
      return {"kiosk.bar.card_moved", {}};
    case CardReadProblem::ReaderOffline:
      return {"kiosk.bar.reader_offline", {}};
    case CardReadProblem::Unreadable:
      break;
  }
  return {"kiosk.bar.card_unreadable", {}};
}

}  // namespace hotline::platform
