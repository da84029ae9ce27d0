// The ID card reader in development and QA: a card lies on the "reader" while its JSON file exists
// ({"name": "...", "id_number": "..."}), or after the development key placed the sample card.
#pragma once

#include <string>

#include "platform/id_card_reader.h"

namespace hotline::native::idcard {

class SimulatedIdCardReader final : public platform::IdCardReader {
 public:
  explicit SimulatedIdCardReader(std::string card_file) : card_file_(std::move(card_file)) {}

  base::Expected<std::optional<platform::IdCard>, platform::CardReadError> poll() override;
  // The development key: places the sample card, or takes it off again.
  void toggle_sample_card() { sample_placed_ = !sample_placed_; }

 private:
  std::string card_file_;
  bool sample_placed_ = false;
};

// A card file's contents checked as a reader checks a chip: a name and an 18-character number whose
// check character is right. The error says what is wrong.
base::Expected<platform::IdCard, std::string> parse_card_file(const std::string& json);

}  // namespace hotline::native::idcard
