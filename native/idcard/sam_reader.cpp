// The find / select / read exchange with a SAM module and its failures (see sam_reader.h).
#include "native/idcard/sam_reader.h"

#include <cstdio>

#include "native/device/serial_port.h"
#include "native/idcard/base_info.h"

namespace hotline::native::idcard {
namespace {

using platform::CardReadError;
using platform::CardReadProblem;

std::string hex(std::uint8_t b) {
  char text[8];
  std::snprintf(text, sizeof text, "%02X", b);
  return text;
}

std::string status_text(const SamAnswer& a) {
  return "status " + hex(a.sw1) + " " + hex(a.sw2) + " " + hex(a.sw3);
}

}  // namespace

CardReadError SamReader::fail(CardReadProblem problem, const std::string& detail) {
  if (problem == CardReadProblem::ReaderOffline) {
    stream_.close();  // opened again on the next read: the reader may come back
  }
  present_.reset();
  return {problem, config_.device + ": " + detail};
}

SamReader::Answer SamReader::exchange(SamCommand command, CardReadProblem when_silent) {
  stream_.discard_input();
  if (auto e = stream_.write_all(encode_command(command), config_.timeout_ms)) {
    return base::unexpected(fail(CardReadProblem::ReaderOffline, e->detail));
  }
  FrameReader frame;
  Bytes received;
  for (;;) {
    wipe(received);
    if (auto e = stream_.read_some(received, config_.timeout_ms)) {
      const bool gone = e->problem != device::StreamProblem::Timeout;
      return base::unexpected(fail(gone ? CardReadProblem::ReaderOffline : when_silent,
                                   "command " + hex(command.cmd) + " " + hex(command.para) + ": " + e->detail));
    }
    switch (frame.feed(received.data(), received.size())) {
      case FrameReader::State::Incomplete:
        continue;
      case FrameReader::State::BadChecksum:
        wipe(received);
        return base::unexpected(fail(CardReadProblem::Unreadable, "answer with a bad checksum"));
      case FrameReader::State::BadLength:
        wipe(received);
        return base::unexpected(fail(CardReadProblem::Unreadable, "answer with an impossible length"));
      case FrameReader::State::Complete:
        wipe(received);
        if (auto answer = parse_answer(frame.body())) {
          return std::move(*answer);
        }
        return base::unexpected(fail(CardReadProblem::Unreadable, "answer shorter than its status words"));
    }
  }
}

base::Expected<std::optional<platform::IdCard>, CardReadError> SamReader::read() {
  if (!stream_.is_open()) {
    auto opened = device::open_device(config_.device, config_.baud);
    if (!opened) {
      return base::unexpected(fail(CardReadProblem::ReaderOffline, opened.error().detail));
    }
    stream_ = std::move(opened).value();
  }
  // A module silent to "find" is not working (its first answer takes milliseconds); silence later,
  // while the chip is read, is a read gone wrong.
  auto found = exchange(kFindCard, CardReadProblem::ReaderOffline);
  if (!found) {
    return base::unexpected(found.error());
  }
  if (found->sw3 == kSwFindSuccess) {
    return read_new_card();
  }
  if (found->sw3 != kSwNoCard) {
    return base::unexpected(fail(CardReadProblem::Unreadable, "find card: " + status_text(*found)));
  }
  if (!present_) {
    return std::optional<platform::IdCard>();
  }
  auto selected = exchange(kSelectCard, CardReadProblem::Unreadable);
  if (!selected) {
    return base::unexpected(selected.error());
  }
  if (selected->sw3 != kSwSuccess) {
    present_.reset();  // taken off
  }
  return present_;
}

base::Expected<std::optional<platform::IdCard>, CardReadError> SamReader::read_new_card() {
  present_.reset();
  auto selected = exchange(kSelectCard, CardReadProblem::Unreadable);
  if (!selected) {
    return base::unexpected(selected.error());
  }
  if (selected->sw3 != kSwSuccess) {
    // Found, then gone before it could be selected: the card was swept past the reader.
    return base::unexpected(fail(CardReadProblem::MovedTooSoon, "select card: " + status_text(*selected)));
  }
  auto info = exchange(kReadBaseInfo, CardReadProblem::Unreadable);
  if (!info) {
    return base::unexpected(info.error());
  }
  if (info->sw3 == kSwReadFailed) {
    return base::unexpected(fail(CardReadProblem::MovedTooSoon, "read base information: " + status_text(*info)));
  }
  if (info->sw3 != kSwSuccess) {
    return base::unexpected(fail(CardReadProblem::Unreadable, "read base information: " + status_text(*info)));
  }
  auto card = parse_base_info(info->data);
  wipe(info->data);
  if (!card) {
    return base::unexpected(fail(CardReadProblem::Unreadable, card.error()));
  }
  present_ = std::move(card).value();
  return present_;
}

}  // namespace hotline::native::idcard
