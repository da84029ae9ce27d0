// The national ID card reader of a kiosk: which card lies on it now. Kiosks poll it between frames;
// other platforms have none.
#pragma once

#include <optional>
#include <string>

#include "base/expected.h"
#include "base/message.h"

namespace hotline::platform {

struct IdCard {
  std::string name;
  std::string id_number;  // as the chip stores it: 18 characters
};

// What the citizen can do about a failed read decides how it is told: place the card again, keep it
// still until the read ends, or type the details because the reader is out of order.
enum class CardReadProblem {
  Unreadable,     // a bad or garbled answer, a card the reader does not accept: place it again
  MovedTooSoon,   // the card left the reader during the read: place it again and keep it there
  ReaderOffline,  // no reader answers (unplugged, powered off, no such device): type the details
};

struct CardReadError {
  CardReadProblem problem = CardReadProblem::Unreadable;
  std::string detail;  // for the kiosk's log and support staff; never shown to the citizen

  // "kiosk.bar.card_unreadable" / "kiosk.bar.card_moved" / "kiosk.bar.reader_offline"
  base::Message message() const;
};

class IdCardReader {
 public:
  virtual ~IdCardReader() = default;
  // The card on the reader (nullopt: none), or why it could not be read (the citizen can still type
  // the number). Must not block: kiosks call it on the UI thread.
  virtual base::Expected<std::optional<IdCard>, CardReadError> poll() = 0;
};

}  // namespace hotline::platform
