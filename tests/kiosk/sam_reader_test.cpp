// The SAM module driver against a module simulated on a pseudo-terminal, byte for byte: a card read
// (find, select, read base information), the card staying and leaving, a bad checksum, a silent
// module, the card taken off mid-read and the reader unplugged -- each a clear error, never a card.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "native/idcard/background_reader.h"
#include "native/idcard/base_info.h"
#include "native/idcard/sam_reader.h"
#include "pty_sam_module.h"

namespace hotline {
namespace {

using native::idcard::Bytes;
using native::idcard::SamReader;
using platform::CardReadProblem;
using testing::PtySamModule;

const platform::IdCard kCard{"王秀英", "350102198001012340"};

SamReader reader_for(const PtySamModule& module) {
  return SamReader({module.device(), 115200, 300});
}

CardReadProblem problem_of(SamReader& reader) {
  auto reading = reader.read();
  REQUIRE_FALSE(reading);
  INFO(reading.error().detail);
  return reading.error().problem;
}

}  // namespace

TEST_CASE("frames: the documented bytes of a command and of a failed read") {
  using native::idcard::encode_answer;
  using native::idcard::encode_command;
  CHECK(encode_command(native::idcard::kFindCard) == Bytes{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22});
  // "AA AA AA 96 69 00 04 00 00 41 45": the chip could not be read.
  CHECK(encode_answer(0, 0, 0x41) == Bytes{0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x41, 0x45});
  native::idcard::FrameReader frame;
  const Bytes noisy{0x00, 0x96, 0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x9F, 0x9B};
  CHECK(frame.feed(noisy.data(), 5) == native::idcard::FrameReader::State::Incomplete);
  CHECK(frame.feed(noisy.data() + 5, noisy.size() - 5) == native::idcard::FrameReader::State::Complete);
  CHECK(frame.body() == Bytes{0x00, 0x00, 0x9F});
}

TEST_CASE("base information: the name and number from the UCS-2 text block, nothing else") {
  auto card = native::idcard::parse_base_info(testing::base_info_data(kCard));
  REQUIRE(card);
  CHECK(card->name == "王秀英");
  CHECK(card->id_number == "350102198001012340");
  Bytes bad = testing::base_info_data({"王秀英", "350102198001012341"});
  auto refused = native::idcard::parse_base_info(bad);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Catch::Contains("check character"));
  CHECK_THAT(refused.error(), !Catch::Contains("3501021980"));  // the log never gets the number
  CHECK_FALSE(native::idcard::parse_base_info(Bytes(100, 0x20)));
}

TEST_CASE("a card placed is found, selected and read; while it stays it is kept; taken off it is gone") {
  PtySamModule module;
  SamReader reader = reader_for(module);
  auto empty = reader.read();
  REQUIRE(empty);
  CHECK_FALSE(empty->has_value());
  module.place(kCard);
  auto read = reader.read();
  REQUIRE(read);
  REQUIRE(read->has_value());
  CHECK((*read)->name == "王秀英");
  CHECK((*read)->id_number == "350102198001012340");
  CHECK(module.commands() == "20 01, 20 01, 20 02, 30 01");
  // The module answers "no card" to "find" for a card it has read; "select" says it is still there.
  auto still = reader.read();
  REQUIRE(still);
  REQUIRE(still->has_value());
  CHECK((*still)->id_number == kCard.id_number);
  module.place(std::nullopt);
  auto gone = reader.read();
  REQUIRE(gone);
  CHECK_FALSE(gone->has_value());
}

TEST_CASE("a bad checksum is an unreadable answer; the next look reads the card") {
  PtySamModule module;
  SamReader reader = reader_for(module);
  module.place(kCard);
  module.set_fault(PtySamModule::Fault::BadChecksum);
  CHECK(problem_of(reader) == CardReadProblem::Unreadable);
  auto again = reader.read();
  REQUIRE(again);
  CHECK(again->has_value());
}

TEST_CASE("a silent module: the reader is out of order after its deadline, not a hang") {
  PtySamModule module;
  SamReader reader = reader_for(module);
  module.set_fault(PtySamModule::Fault::Silent);
  const auto start = std::chrono::steady_clock::now();
  CHECK(problem_of(reader) == CardReadProblem::ReaderOffline);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("the card taken off while its chip is read: place it again, and no card is reported") {
  PtySamModule module;
  SamReader reader = reader_for(module);
  module.place(kCard);
  module.set_fault(PtySamModule::Fault::RemovedMidRead);
  CHECK(problem_of(reader) == CardReadProblem::MovedTooSoon);
  auto after = reader.read();
  REQUIRE(after);
  CHECK_FALSE(after->has_value());
}

TEST_CASE("the reader unplugged: out of order, now and on every later look; no such device at all") {
  PtySamModule module;
  SamReader reader = reader_for(module);
  module.place(kCard);
  REQUIRE(reader.read());
  module.unplug();
  CHECK(problem_of(reader) == CardReadProblem::ReaderOffline);
  CHECK(problem_of(reader) == CardReadProblem::ReaderOffline);
  SamReader missing({"/dev/nonexistent-hotline-reader", 115200, 300});
  CHECK(problem_of(missing) == CardReadProblem::ReaderOffline);
}

TEST_CASE("on its own thread: poll() answers at once with the latest look") {
  PtySamModule module;
  module.place(kCard);
  auto sam = std::make_shared<SamReader>(reader_for(module));
  native::idcard::BackgroundReader reader([sam] { return sam->read(); }, 20);
  std::optional<platform::IdCard> seen;
  for (int i = 0; i < 200 && !seen; ++i) {
    auto reading = reader.poll();
    REQUIRE(reading);
    seen = *reading;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  REQUIRE(seen);
  CHECK(seen->name == "王秀英");
}

}  // namespace hotline
