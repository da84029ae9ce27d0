// What a test of personal text looks at in a string's buffer: nothing of an earlier text left after the
// current one's end, up to the buffer's capacity and its terminator.
#pragma once

#include <cstddef>

namespace hotline::testing {

template <class Text>
bool tail_is_clear(const Text& text) {
  for (std::size_t i = text.size(); i <= text.capacity(); ++i) {
    if (text.data()[i] != '\0') {
      return false;
    }
  }
  return true;
}

}  // namespace hotline::testing
