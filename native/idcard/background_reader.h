// A card reader looked at on its own thread: a SAM read takes up to a second or more and a reader may
// stop answering, while the kiosk's UI thread must never wait. poll() returns the latest look at once.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "platform/id_card_reader.h"

namespace hotline::native::idcard {

class BackgroundReader final : public platform::IdCardReader {
 public:
  using Reading = base::Expected<std::optional<platform::IdCard>, platform::CardReadError>;

  // `look` runs on the reader's thread every `interval_ms` (it owns the device); the first look starts
  // at once.
  BackgroundReader(std::function<Reading()> look, int interval_ms);
  ~BackgroundReader() override;
  BackgroundReader(const BackgroundReader&) = delete;
  BackgroundReader& operator=(const BackgroundReader&) = delete;

  Reading poll() override;

 private:
  void run();

  std::function<Reading()> look_;
  int interval_ms_;
  std::mutex mutex_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;
  Reading latest_{std::optional<platform::IdCard>()};
  std::thread thread_;  // last: started once everything it uses exists
};

}  // namespace hotline::native::idcard
