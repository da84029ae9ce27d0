// The checks every card reading gets before it fills a form, as a reader checks a chip: a name, and an
// 18-character number (17 digits and a check character) whose check character is right.
#pragma once

#include <optional>
#include <string>

#include "platform/id_card_reader.h"

namespace hotline::native::idcard {

// What is wrong with the card's data, or nullopt when it may be used. The text never holds the data
// itself: it goes to the kiosk's log.
std::optional<std::string> card_problem(const platform::IdCard& card);

}  // namespace hotline::native::idcard
