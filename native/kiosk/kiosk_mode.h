// Kiosk mode's parts, created together from the configuration: the ID card reader (the simulator in
// development), the receipt printer, the visit (idle limit, wipe), its layer over the app and the
// on-screen keyboard.
#pragma once

#include <string>

#include "app/kiosk_session.h"
#include "native/kiosk/kiosk_config.h"
#include "native/receipt/png_receipt_printer.h"
#include "native/system/simulated_id_card_reader.h"
#include "ui/app.h"
#include "ui/kiosk/kiosk_view.h"
#include "ui/onscreen_keyboard.h"

namespace hotline::native {

class KioskMode {
 public:
  // Draws its layer through `app`'s overlay; `font_path` is the kiosk's CJK font (receipts use it).
  // The app model must be started: what it restored of an earlier visit is wiped.
  KioskMode(const KioskConfig& config, ui::App& app, const platform::Clock& clock, const std::string& font_path);
  KioskMode(const KioskMode&) = delete;
  KioskMode& operator=(const KioskMode&) = delete;

  app::KioskSession& session() { return session_; }

 private:
  SimulatedIdCardReader reader_;
  PngReceiptPrinter printer_;
  app::KioskSession session_;
  ui::kiosk::KioskView view_;
  ui::OnScreenKeyboard keyboard_;
};

}  // namespace hotline::native
