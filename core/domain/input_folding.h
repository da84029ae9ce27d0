// Folds what people actually type into number fields (spaces, hyphens, full-width digits) to ASCII.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace hotline::domain {

// Chinese IMEs often produce full-width digits (１３８) and people group numbers with spaces or
// hyphens. Removes ASCII and ideographic spaces and hyphens, maps full-width digits, 'Ｘ', 'ｘ' and '＋'
// to ASCII and keeps every other character as is (the validators then reject it).
// nullopt when the input is not valid UTF-8.
std::optional<std::string> fold_number_input(std::string_view input);

}  // namespace hotline::domain
