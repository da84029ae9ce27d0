// A card's name and number checked (see card_check.h).
#include "native/idcard/card_check.h"

#include <string_view>

#include "domain/resident_id.h"

namespace hotline::native::idcard {

std::optional<std::string> card_problem(const platform::IdCard& card) {
  if (card.name.empty()) {
    return std::string("name: missing");
  }
  const std::string& id = card.id_number;
  if (id.size() != 18 || id.find_first_not_of("0123456789") < 17 || (id[17] != 'X' && (id[17] < '0' || id[17] > '9'))) {
    return std::string("id_number: not 17 digits and a check character");
  }
  if (domain::resident_id_check_char(std::string_view(id).substr(0, 17)) != id[17]) {
    return std::string("id_number: wrong check character");
  }
  return std::nullopt;
}

}  // namespace hotline::native::idcard
