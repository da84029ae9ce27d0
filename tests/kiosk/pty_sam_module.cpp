// The simulated SAM module's terminal and its answers (see pty_sam_module.h).
#include "pty_sam_module.h"

#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "native/idcard/base_info.h"

namespace hotline::testing {

using native::idcard::Bytes;
using native::idcard::encode_answer;
using native::idcard::SamCommand;

Bytes base_info_data(const platform::IdCard& card) {
  using namespace native::idcard;
  Bytes text(kTextBlockSize, 0);
  put_ucs2le_field(text, kNameField, card.name);
  put_ucs2le_field(text, kGenderField, "2");
  put_ucs2le_field(text, kNationField, "01");
  put_ucs2le_field(text, kBirthField, "19800101");
  put_ucs2le_field(text, kAddressField, "福建省福州市鼓楼区八一七北路88号");
  put_ucs2le_field(text, kIdNumberField, card.id_number);
  put_ucs2le_field(text, kAuthorityField, "福州市公安局鼓楼分局");
  put_ucs2le_field(text, kValidFromField, "20200101");
  put_ucs2le_field(text, kValidToField, "20400101");
  Bytes data{0x01, 0x00, 0x04, 0x00};
  data.insert(data.end(), text.begin(), text.end());
  data.insert(data.end(), kPhotoBlockSize, 0x57);  // a WLT photo's bytes: never decoded
  return data;
}

PtySamModule::PtySamModule() {
  master_ = ::posix_openpt(O_RDWR | O_NOCTTY);
  if (master_ < 0 || ::grantpt(master_) != 0 || ::unlockpt(master_) != 0) {
    throw std::runtime_error("no pseudo-terminal");
  }
  device_ = ::ptsname(master_);
  thread_ = std::thread([this] { run(); });
}

PtySamModule::~PtySamModule() {
  stop_ = true;
  thread_.join();
  unplug();
}

void PtySamModule::place(std::optional<platform::IdCard> card) {
  std::lock_guard lock(mutex_);
  card_ = std::move(card);
  card_read_ = false;
}

void PtySamModule::set_fault(Fault fault) {
  std::lock_guard lock(mutex_);
  fault_ = fault;
}

void PtySamModule::unplug() {
  std::lock_guard lock(mutex_);
  if (master_ >= 0) {
    ::close(master_);
    master_ = -1;
  }
}

std::string PtySamModule::commands() const {
  std::lock_guard lock(mutex_);
  return commands_;
}

Bytes PtySamModule::answer(SamCommand command) {
  char text[8];
  std::snprintf(text, sizeof text, "%02X %02X", command.cmd, command.para);
  commands_ += commands_.empty() ? text : std::string(", ") + text;
  if (command.cmd == 0x20 && command.para == 0x01) {
    return encode_answer(0, 0, card_ && !card_read_ ? 0x9F : 0x80, card_ && !card_read_ ? Bytes(4, 0) : Bytes{});
  }
  if (command.cmd == 0x20 && command.para == 0x02) {
    return encode_answer(0, 0, card_ ? 0x90 : 0x81, card_ ? Bytes(8, 0x11) : Bytes{});
  }
  if (command.cmd == 0x30 && command.para == 0x01 && card_) {
    if (fault_ == Fault::RemovedMidRead) {
      card_.reset();
      return encode_answer(0, 0, 0x41);
    }
    card_read_ = true;
    return encode_answer(0, 0, 0x90, base_info_data(*card_));
  }
  return encode_answer(0, 0, 0x21);  // a command it does not take here
}

void PtySamModule::run() {
  native::idcard::FrameReader frame;
  while (!stop_) {
    std::unique_lock lock(mutex_);
    const int fd = master_;
    lock.unlock();
    if (fd < 0) {
      return;
    }
    pollfd p{fd, POLLIN, 0};
    // The master reports a hang-up while the driver has the terminal closed: wait for it to open.
    if (::poll(&p, 1, 20) <= 0 || (p.revents & POLLIN) == 0) {
      if ((p.revents & POLLHUP) != 0) {
        ::usleep(10'000);
      }
      continue;
    }
    std::uint8_t buffer[256];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) {
      continue;
    }
    if (frame.feed(buffer, static_cast<std::size_t>(n)) != native::idcard::FrameReader::State::Complete) {
      continue;
    }
    const Bytes body = frame.body();
    lock.lock();
    if (fault_ == Fault::Silent || body.size() < 2 || master_ < 0) {
      continue;
    }
    Bytes out = answer({body[0], body[1]});
    if (fault_ == Fault::BadChecksum) {
      out.back() ^= 0xFF;
      fault_ = Fault::None;
    }
    // In pieces, as a serial line delivers them: the driver must put frames together.
    for (std::size_t at = 0; at < out.size(); at += 64) {
      const std::size_t size = std::min<std::size_t>(64, out.size() - at);
      if (::write(master_, out.data() + at, size) < 0) {
        break;
      }
    }
  }
}

}  // namespace hotline::testing
