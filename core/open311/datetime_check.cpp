// Loose ISO 8601 date-time recognition.
#include "open311/datetime_check.h"

#include <cstddef>

namespace hotline::open311 {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool done() const { return pos_ == text_.size(); }
  bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }
  bool accept(char c) {
    if (!peek(c)) {
      return false;
    }
    ++pos_;
    return true;
  }
  // Reads exactly `digits` decimal digits into value and checks min <= value <= max.
  bool number(std::size_t digits, int min, int max) {
    if (text_.size() - pos_ < digits) {
      return false;
    }
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      const char c = text_[pos_ + i];
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    pos_ += digits;
    return value >= min && value <= max;
  }
  bool fraction() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      ++pos_;
    }
    return pos_ > start;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool zone(Cursor& c) {
  if (c.accept('Z') || c.accept('z')) {
    return true;
  }
  if (!c.accept('+') && !c.accept('-')) {
    return false;
  }
  if (!c.number(2, 0, 23)) {
    return false;
  }
  if (c.done()) {
    return true;
  }
  c.accept(':');
  return c.number(2, 0, 59);
}

bool time_of_day(Cursor& c) {
  if (!c.number(2, 0, 23) || !c.accept(':') || !c.number(2, 0, 59)) {
    return false;
  }
  if (c.accept(':')) {
    if (!c.number(2, 0, 60)) {
      return false;
    }
    if ((c.accept('.') || c.accept(',')) && !c.fraction()) {
      return false;
    }
  }
  return c.done() || zone(c);
}

}  // namespace

bool is_loose_iso8601(std::string_view text) {
  Cursor c(text);
  if (!c.number(4, 0, 9999) || !c.accept('-') || !c.number(2, 1, 12) || !c.accept('-') || !c.number(2, 1, 31)) {
    return false;
  }
  if (c.done()) {
    return true;
  }
  if (!c.accept('T') && !c.accept('t') && !c.accept(' ')) {
    return false;
  }
  return time_of_day(c) && c.done();
}

}  // namespace hotline::open311
