// Frames of the serial protocol spoken by the SAM modules of second-generation ID card readers
// (GA 467 readers): preamble AA AA AA 96 69, a 2-byte big-endian length of what follows, the body, and
// an XOR checksum of the length and body bytes. Commands carry CMD PARA [DATA]; answers SW1 SW2 SW3
// [DATA].
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hotline::native::idcard {

using Bytes = std::vector<std::uint8_t>;

inline constexpr std::uint8_t kPreamble[] = {0xAA, 0xAA, 0xAA, 0x96, 0x69};

// The commands the kiosk sends (CMD, PARA).
struct SamCommand {
  std::uint8_t cmd;
  std::uint8_t para;
};
inline constexpr SamCommand kFindCard{0x20, 0x01};
inline constexpr SamCommand kSelectCard{0x20, 0x02};
inline constexpr SamCommand kReadBaseInfo{0x30, 0x01};

// SW3, the reader's own status byte.
inline constexpr std::uint8_t kSwSuccess = 0x90;
inline constexpr std::uint8_t kSwFindSuccess = 0x9F;
inline constexpr std::uint8_t kSwChecksumError = 0x10;  // the reader got a bad checksum from us
inline constexpr std::uint8_t kSwReadFailed = 0x41;     // reading the chip failed (typically: card taken off)
inline constexpr std::uint8_t kSwNoCard = 0x80;
inline constexpr std::uint8_t kSwSelectFailed = 0x81;

// A whole command frame: preamble, length, CMD, PARA, data, checksum.
Bytes encode_command(SamCommand command, const Bytes& data = {});
// A whole answer frame (what a reader sends; the tests' simulated reader uses it).
Bytes encode_answer(std::uint8_t sw1, std::uint8_t sw2, std::uint8_t sw3, const Bytes& data = {});

struct SamAnswer {
  std::uint8_t sw1 = 0;
  std::uint8_t sw2 = 0;
  std::uint8_t sw3 = 0;
  Bytes data;
};

// Collects bytes as they arrive and yields a frame once it is complete. Bytes before a preamble are
// skipped (line noise, the tail of an answer abandoned after a timeout).
class FrameReader {
 public:
  enum class State { Incomplete, Complete, BadChecksum, BadLength };

  // Appends bytes; returns what the buffer holds now. A complete frame is taken out of the buffer (its
  // body is then body()); a bad one stays until reset().
  State feed(const std::uint8_t* bytes, std::size_t size);
  // The complete frame's body without length and checksum (valid after Complete).
  const Bytes& body() const { return body_; }
  // Clears everything received (the buffers are zeroed: an answer holds a citizen's name and number).
  void reset();
  ~FrameReader() { reset(); }

 private:
  void drop_front(std::size_t count);  // the bytes left behind are zeroed

  Bytes buffer_;
  Bytes body_;
};

// The body of a complete answer as status words and data; nullopt when it is shorter than SW1-SW3.
std::optional<SamAnswer> parse_answer(const Bytes& body);

// Overwrites a buffer that held personal data before it is freed or reused.
void wipe(Bytes& bytes);

}  // namespace hotline::native::idcard
