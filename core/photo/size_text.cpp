// Size formatting with integer arithmetic (identical output natively and in WebAssembly).
#include "photo/size_text.h"

namespace hotline::photo {

std::string megabytes_text(std::uint64_t bytes) {
  const std::uint64_t tenths = (bytes * 10 + (1u << 20) - 1) >> 20;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::string size_text(std::uint64_t bytes) {
  if (bytes < (1u << 20)) {
    return std::to_string((bytes + 1023) >> 10) + " KB";
  }
  return megabytes_text(bytes) + " MB";
}

}  // namespace hotline::photo
