// Card files and the sample card (see simulated_id_card_reader.h).
#include "native/idcard/simulated_id_card_reader.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "native/idcard/card_check.h"

namespace hotline::native::idcard {
namespace {

// GB 11643-1999's own example number, with a name no citizen has.
const platform::IdCard kSampleCard{"测试样卡", "11010519491231002X"};

}  // namespace

base::Expected<platform::IdCard, std::string> parse_card_file(const std::string& json) {
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    return base::unexpected(std::string("not a JSON object"));
  }
  const auto name = doc.find("name");
  const auto number = doc.find("id_number");
  if (name == doc.end() || !name->is_string() || name->get<std::string>().empty()) {
    return base::unexpected(std::string("name: missing or not a non-empty string"));
  }
  if (number == doc.end() || !number->is_string()) {
    return base::unexpected(std::string("id_number: missing or not a string"));
  }
  platform::IdCard card{name->get<std::string>(), number->get<std::string>()};
  if (auto problem = card_problem(card)) {
    return base::unexpected(std::move(*problem));
  }
  return card;
}

base::Expected<std::optional<platform::IdCard>, platform::CardReadError> SimulatedIdCardReader::poll() {
  if (sample_placed_) {
    return std::optional(kSampleCard);
  }
  if (card_file_.empty()) {
    return std::optional<platform::IdCard>();
  }
  std::ifstream in(card_file_, std::ios::binary);
  if (!in) {
    return std::optional<platform::IdCard>();  // no file: no card on the reader
  }
  std::stringstream text;
  text << in.rdbuf();
  auto card = parse_card_file(text.str());
  if (!card) {
    return base::unexpected(platform::CardReadError{platform::CardReadProblem::Unreadable,
                                                    "card file " + card_file_ + ": " + card.error()});
  }
  return std::optional(std::move(card).value());
}

}  // namespace hotline::native::idcard
