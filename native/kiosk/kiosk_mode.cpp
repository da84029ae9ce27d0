// Wiring of kiosk mode (see kiosk_mode.h).
#include "native/kiosk/kiosk_mode.h"

namespace hotline::native {
namespace {

app::KioskPolicy policy_of(const KioskConfig& config) {
  app::KioskPolicy policy;
  policy.idle_timeout_s = config.idle_timeout_s;
  policy.countdown_s = config.countdown_s;
  policy.settings.language = config.language;
  policy.settings.text_size = config.text_size;
  return policy;
}

}  // namespace

KioskMode::KioskMode(const KioskConfig& config, ui::App& app, const platform::Clock& clock,
                     const std::string& font_path)
    : reader_(config.id_card_simulator),
      printer_(config.receipt_dir, font_path),
      session_(app.model(), clock, policy_of(config), &reader_, &printer_,
               [url = config.lookup_url](const std::string& number, const std::string& code) {
                 return lookup_url_for(url, number, code);
               }),
      view_(session_, app.model()) {
  view_.set_card_key([this] { reader_.toggle_sample_card(); });
  app.set_overlay([this](ui::Ui& ui) { view_.draw(ui); });
  // A touch screen has no keyboard: digits and letters come from keys on the screen.
  app.set_keyboard(&keyboard_);
  // A draft restored after a crash or a power cut belongs to someone who has gone: the kiosk starts
  // on the attract screen with nothing of it.
  session_.finish();
}

}  // namespace hotline::native
