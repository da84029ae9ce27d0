// Text that leaves nothing behind: personal text (name, mobile, ID number, address, description, query
// code) is zeroed when it is cleared, reassigned, shrunk, moved from, reallocated or destroyed. A plain
// std::string keeps its buffer on clear() or on assignment from a shorter text and zeroes one byte.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "base/zeroing_allocator.h"

namespace hotline::base {

// Zeroes a plain string's whole buffer (inline or on the heap, up to its capacity) and empties it: for
// personal text still held in std::string, whose clear() and assignment keep the old bytes.
inline void secure_clear(std::string& text) noexcept {
  secure_zero(text.data(), text.capacity() + 1);
  text.clear();
}

class SecureString {
 public:
  using Storage = std::basic_string<char, std::char_traits<char>, ZeroingAllocator<char>>;

  SecureString() = default;
  SecureString(std::string_view text) : text_(text.data(), text.size()) {}  // NOLINT: implicit on purpose
  SecureString(const char* text) : SecureString(std::string_view(text)) {}  // NOLINT
  // From a plain string (a decoded field, a test's literal): the caller owns what the plain one leaves.
  SecureString(const std::string& text) : SecureString(std::string_view(text)) {}  // NOLINT
  // Takes a zeroing string's block (a dumped record's text); what its inline buffer held is zeroed.
  explicit SecureString(Storage&& text) noexcept : text_(std::move(text)) {
    secure_zero(text.data(), text.capacity() + 1);
    text.clear();
  }
  SecureString(const SecureString& other) : text_(other.text_) {}
  // Takes the other's block; the other is left empty (its inline buffer cleared).
  SecureString(SecureString&& other) noexcept : text_(std::move(other.text_)) { other.clear(); }
  ~SecureString() { wipe(); }

  SecureString& operator=(const SecureString& other) {
    if (this != &other) {
      assign(other.view());
    }
    return *this;
  }
  SecureString& operator=(SecureString&& other) noexcept {
    if (this != &other) {
      wipe();
      text_.swap(other.text_);
      other.clear();
    }
    return *this;
  }
  SecureString& operator=(std::string_view text) {
    assign(text);
    return *this;
  }
  SecureString& operator=(const char* text) { return *this = std::string_view(text); }
  SecureString& operator=(const std::string& text) { return *this = std::string_view(text); }

  // The old text is zeroed first, so no tail of a longer one stays beyond the new end.
  void assign(std::string_view text) {
    if (text.size() > text_.capacity()) {
      Storage grown(text.data(), text.size());
      wipe();
      text_.swap(grown);  // the old block is freed, zeroed, with `grown`
      return;
    }
    wipe();
    text_.assign(text.data(), text.size());
  }
  void clear() noexcept { wipe(); }
  // Shrinking zeroes what is cut off; growing pads with `fill` (moving to a new block zeroes the old).
  void resize(std::size_t size, char fill = '\0') {
    if (size < text_.size()) {
      secure_zero(text_.data() + size, text_.size() - size);
    }
    text_.resize(size, fill);
  }
  void reserve(std::size_t capacity) { text_.reserve(capacity); }
  void append(std::string_view text) {
    if (text_.size() + text.size() > text_.capacity()) {
      reserve(std::max(text_.size() + text.size(), 2 * text_.capacity()));
    }
    text_.append(text.data(), text.size());
  }
  void push_back(char c) { append(std::string_view(&c, 1)); }
  SecureString& operator+=(std::string_view text) {
    append(text);
    return *this;
  }

  std::string_view view() const noexcept { return {text_.data(), text_.size()}; }
  operator std::string_view() const noexcept { return view(); }  // NOLINT: reads like a string
  // A plain copy for an interface that takes std::string: the caller owns what that copy leaves.
  std::string str() const { return std::string(view()); }
  const char* c_str() const noexcept { return text_.c_str(); }
  const char* data() const noexcept { return text_.data(); }
  char* data() noexcept { return text_.data(); }
  std::size_t size() const noexcept { return text_.size(); }
  std::size_t find(std::string_view text, std::size_t from = 0) const noexcept { return view().find(text, from); }
  std::size_t capacity() const noexcept { return text_.capacity(); }
  bool empty() const noexcept { return text_.empty(); }

  friend bool operator==(const SecureString& a, const SecureString& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const SecureString& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const SecureString& a, const char* b) noexcept { return a.view() == std::string_view(b); }
  friend bool operator==(const SecureString& a, const std::string& b) noexcept { return a.view() == b; }

 private:
  // Zeroes the whole buffer, inline or on the heap (capacity() plus the terminator's byte), and empties
  // the text (the capacity stays).
  void wipe() noexcept {
    secure_zero(text_.data(), text_.capacity() + 1);
    text_.clear();
  }

  Storage text_;
};

}  // namespace hotline::base
