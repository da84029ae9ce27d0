// The national ID card reader of a kiosk: which card lies on it now. Kiosks poll it between frames;
// other platforms have none.
#pragma once

#include <optional>
#include <string>

#include "base/expected.h"

namespace hotline::platform {

struct IdCard {
  std::string name;
  std::string id_number;  // as the chip stores it: 18 characters
};

class IdCardReader {
 public:
  virtual ~IdCardReader() = default;
  // The card on the reader (nullopt: none), or why it could not be read (for the kiosk's log and a
  // notice; the citizen can still type the number).
  virtual base::Expected<std::optional<IdCard>, std::string> poll() = 0;
};

}  // namespace hotline::platform
