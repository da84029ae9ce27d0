// Byte counts as short text for the citizen ("3.4 MB", "820 KB"), rounded up so limits never look met.
#pragma once

#include <cstdint>
#include <string>

namespace hotline::photo {

// Mebibytes with one decimal, rounded up: 1 byte -> "0.1".
std::string megabytes_text(std::uint64_t bytes);
// "820 KB" below 1 MiB, "3.4 MB" from there on.
std::string size_text(std::uint64_t bytes);

}  // namespace hotline::photo
