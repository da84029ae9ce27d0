// Saving before the page may go away: shell.html calls hotline_save_now when the page is hidden
// (visibilitychange, pagehide: a phone may discard a background tab without another event) and when a
// lost WebGL context comes back (the page then reloads onto the same screen, the draft intact).
#pragma once

#include <functional>

#include "platform/call.h"
#include "platform/storage.h"

namespace hotline::web {

class PageSaver {
 public:
  // `flush` writes what waits for its autosave (the draft; false when that write failed); `storage`
  // is then synced to IndexedDB, and the page hears (Module.hotlineSaved) once that is durable. One
  // saver per page.
  PageSaver(std::function<bool()> flush, platform::Storage& storage);
  ~PageSaver();
  PageSaver(const PageSaver&) = delete;
  PageSaver& operator=(const PageSaver&) = delete;

  void save_now();

 private:
  std::function<bool()> flush_;
  platform::Storage& storage_;
  platform::Call saving_;  // a newer save answers for an older one still syncing
};

}  // namespace hotline::web
