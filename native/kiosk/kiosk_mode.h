// Kiosk mode's parts, created together from the configuration: the ID card reader (the SAM module on
// its serial line; the simulator only in development mode), the receipt printer, the visit (idle limit, wipe), its
// layer over the app and the on-screen keyboard.
#pragma once

#include <memory>
#include <string>

#include "app/kiosk_session.h"
#include "native/idcard/simulated_id_card_reader.h"
#include "native/kiosk/kiosk_config.h"
#include "native/system/thread_task_runner.h"
#include "ui/app.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/onscreen_keyboard.h"

namespace hotline::native {

class KioskMode {
 public:
  // Draws its layer through `app`'s overlay; `font_path` is the kiosk's CJK font (receipts use it).
  // Receipts print on a thread of their own, whose answers come back through `queue`. The app model must
  // be started: what it restored of an earlier visit is wiped.
  KioskMode(const KioskConfig& config, ui::App& app, const platform::Clock& clock, const std::string& font_path,
            platform::RunQueue& queue);
  KioskMode(const KioskMode&) = delete;
  KioskMode& operator=(const KioskMode&) = delete;

  app::KioskSession& session() { return session_; }

 private:
  // Development only: the simulator behind the sample-card key (also `reader_`).
  idcard::SimulatedIdCardReader* simulator_ = nullptr;
  std::unique_ptr<platform::IdCardReader> reader_;     // null: no reader fitted
  std::unique_ptr<platform::ReceiptPrinter> printer_;  // null: no printer (number and code on screen)
  // Before the session: destroyed after it, having finished the receipt it was printing.
  ThreadTaskRunner print_thread_;
  app::KioskSession session_;
  ui::kiosk::KioskView view_;
  ui::OnScreenKeyboard keyboard_;
};

}  // namespace hotline::native
