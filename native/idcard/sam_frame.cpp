// SAM frames built, collected and checked (see sam_frame.h).
#include "native/idcard/sam_frame.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace hotline::native::idcard {
namespace {

constexpr std::size_t kHeader = sizeof(kPreamble) + 2;
// The largest answer a reader sends: base information with a fingerprint block (1024 + 256 + 1024 +
// lengths and status); anything longer is a garbled length.
constexpr std::size_t kMaxLength = 4096;

Bytes frame(const Bytes& body) {
  const std::size_t length = body.size() + 1;
  Bytes out(std::begin(kPreamble), std::end(kPreamble));
  out.push_back(static_cast<std::uint8_t>(length >> 8));
  out.push_back(static_cast<std::uint8_t>(length & 0xFF));
  std::uint8_t check = out[5] ^ out[6];
  for (const std::uint8_t b : body) {
    check ^= b;
  }
  out.insert(out.end(), body.begin(), body.end());
  out.push_back(check);
  return out;
}

}  // namespace

Bytes encode_command(SamCommand command, const Bytes& data) {
  Bytes body{command.cmd, command.para};
  body.insert(body.end(), data.begin(), data.end());
  return frame(body);
}

Bytes encode_answer(std::uint8_t sw1, std::uint8_t sw2, std::uint8_t sw3, const Bytes& data) {
  Bytes body{sw1, sw2, sw3};
  body.insert(body.end(), data.begin(), data.end());
  Bytes out = frame(body);
  wipe(body);
  return out;
}

FrameReader::State FrameReader::feed(const std::uint8_t* bytes, std::size_t size) {
  buffer_.insert(buffer_.end(), bytes, bytes + size);
  const auto start = std::search(buffer_.begin(), buffer_.end(), std::begin(kPreamble), std::end(kPreamble));
  if (start != buffer_.begin()) {
    // Keep a possible partial preamble at the end; drop everything before.
    drop_front(start == buffer_.end() ? buffer_.size() - std::min<std::size_t>(buffer_.size(), sizeof(kPreamble) - 1)
                                      : static_cast<std::size_t>(start - buffer_.begin()));
  }
  if (buffer_.size() < kHeader || !std::equal(std::begin(kPreamble), std::end(kPreamble), buffer_.begin())) {
    return State::Incomplete;
  }
  const std::size_t length = (static_cast<std::size_t>(buffer_[5]) << 8) | buffer_[6];
  if (length < 1 || length > kMaxLength) {
    return State::BadLength;
  }
  if (buffer_.size() < kHeader + length) {
    return State::Incomplete;
  }
  std::uint8_t check = 0;
  for (std::size_t i = 5; i < kHeader + length - 1; ++i) {
    check ^= buffer_[i];
  }
  if (check != buffer_[kHeader + length - 1]) {
    return State::BadChecksum;
  }
  wipe(body_);
  body_.assign(buffer_.begin() + kHeader, buffer_.begin() + static_cast<std::ptrdiff_t>(kHeader + length - 1));
  drop_front(kHeader + length);  // what follows is the start of the next frame
  return State::Complete;
}

void FrameReader::drop_front(std::size_t count) {
  const std::size_t keep = buffer_.size() - count;
  std::memmove(buffer_.data(), buffer_.data() + count, keep);
  std::fill(buffer_.begin() + static_cast<std::ptrdiff_t>(keep), buffer_.end(), 0);
  buffer_.resize(keep);
}

void FrameReader::reset() {
  wipe(buffer_);
  wipe(body_);
}

std::optional<SamAnswer> parse_answer(const Bytes& body) {
  if (body.size() < 3) {
    return std::nullopt;
  }
  SamAnswer answer{body[0], body[1], body[2], Bytes(body.begin() + 3, body.end())};
  return answer;
}

void wipe(Bytes& bytes) {
  // volatile: the compiler must not drop stores to memory about to be released.
  bytes.resize(bytes.capacity());  // no reallocation: the whole block, also past the old size
  volatile std::uint8_t* p = bytes.data();
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    p[i] = 0;
  }
  bytes.clear();
}

}  // namespace hotline::native::idcard
