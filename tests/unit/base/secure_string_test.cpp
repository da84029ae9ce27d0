// SecureString leaves no byte of an earlier text in its buffer: cleared, reassigned shorter, shrunk,
// moved from; and the zeroing allocator clears what it frees.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "base/secure_string.h"

using hotline::base::SecureString;

namespace {

constexpr const char* kIdNumber = "350102198001012340";  // longer than any inline buffer
constexpr const char* kMobile = "13800138000";

// Every byte of the buffer after the text (and its terminator) up to the capacity.
bool tail_is_zero(const SecureString& s) {
  for (std::size_t i = s.size() + 1; i <= s.capacity(); ++i) {
    if (s.data()[i] != '\0') {
      return false;
    }
  }
  return true;
}

bool all_zero(const SecureString& s) {
  for (std::size_t i = 0; i <= s.capacity(); ++i) {
    if (s.data()[i] != '\0') {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("clear zeroes the whole buffer and keeps it") {
  SecureString s(kIdNumber);
  const std::size_t capacity = s.capacity();
  s.clear();
  CHECK(s.empty());
  CHECK(s.capacity() == capacity);
  CHECK(all_zero(s));
}

TEST_CASE("a shorter text assigned leaves nothing of the longer one") {
  SecureString s(kIdNumber);
  s = "王";
  CHECK(s == "王");
  CHECK(tail_is_zero(s));
  s = std::string_view(kMobile);
  CHECK(s == kMobile);
  CHECK(tail_is_zero(s));
}

TEST_CASE("resize to fewer characters zeroes what is cut off") {
  SecureString s(kIdNumber);
  const std::size_t before = s.size();
  s.resize(6);
  CHECK(s == "350102");
  // What was cut off is zero; bytes of the block the string never held are not its to clear (a heap
  // such as emmalloc hands out blocks with other bytes in them).
  for (std::size_t i = s.size(); i < before; ++i) {
    CHECK(s.data()[i] == '\0');
  }
  s.resize(8, 'x');
  CHECK(s == "350102xx");
}

TEST_CASE("a moved-from string is empty and zeroed, inline or on the heap") {
  for (const char* text : {kIdNumber, "13800"}) {
    SecureString from(text);
    SecureString to(std::move(from));
    CHECK(to == text);
    CHECK(from.empty());  // NOLINT(bugprone-use-after-move): that is what is tested
    CHECK(all_zero(from));

    SecureString assigned("x");
    assigned = std::move(to);
    CHECK(assigned == text);
    CHECK(all_zero(to));  // NOLINT(bugprone-use-after-move)
  }
}

TEST_CASE("growing and appending keep the text; copies are independent") {
  SecureString s("1380");
  s += "0138";
  s.append("000");
  CHECK(s == kMobile);
  s.assign(kIdNumber);
  CHECK(s == kIdNumber);
  SecureString copy = s;
  s.clear();
  CHECK(copy == kIdNumber);
  CHECK(copy.str() == kIdNumber);
  CHECK(std::string(copy.c_str()) == kIdNumber);
}

TEST_CASE("secure_zero clears every byte it is given, and only those") {
  char block[8] = {'1', '3', '8', '0', '0', '1', '3', '8'};
  hotline::base::secure_zero(block + 2, 4);
  CHECK(std::string(block, 8) == std::string("13\0\0\0\0"
                                             "38",
                                             8));
}

TEST_CASE("secure_clear zeroes a plain string's whole buffer, inline or on the heap") {
  for (const char* text : {"350102198001012340", "王秀英"}) {
    std::string s(text);
    s = "x";  // a plain assignment keeps the rest of the old text in the buffer
    hotline::base::secure_clear(s);
    CHECK(s.empty());
    for (std::size_t i = 0; i <= s.capacity(); ++i) {
      CHECK(s.data()[i] == '\0');
    }
  }
}

TEST_CASE("a zeroing string's block is taken whole; a plain string compares and assigns") {
  SecureString::Storage dumped(kIdNumber);
  const char* block = dumped.data();
  SecureString taken(std::move(dumped));
  CHECK(taken == kIdNumber);
  CHECK(taken.data() == block);  // the same block: no copy was left behind
  CHECK(dumped.empty());         // NOLINT(bugprone-use-after-move)
  const std::string plain(kMobile);
  taken = plain;
  CHECK(taken == plain);
  CHECK(tail_is_zero(taken));
  const SecureString from_plain(plain);
  CHECK(from_plain == kMobile);
}
