// Wiring of kiosk mode (see kiosk_mode.h).
#include "native/kiosk/kiosk_mode.h"

#include "native/idcard/background_reader.h"
#include "native/idcard/sam_reader.h"
#include "native/receipt/escpos_printer.h"
#include "native/receipt/png_receipt_printer.h"

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

// Looks at the reader about three times a second: a card is read within a second of being placed.
constexpr int kReaderIntervalMs = 300;

// The reader the configuration names: the SAM module; in development without one, the simulator
// (returned in `simulator` too, for its key); none at all on a production kiosk without a reader.
std::unique_ptr<platform::IdCardReader> make_reader(const KioskConfig& config,
                                                    idcard::SimulatedIdCardReader*& simulator) {
  if (const auto& sam = config.id_card_reader) {
    auto reader = std::make_shared<idcard::SamReader>(idcard::SamReaderConfig{sam->device, sam->baud, sam->timeout_ms});
    return std::make_unique<idcard::BackgroundReader>([reader] { return reader->read(); }, kReaderIntervalMs);
  }
  if (!config.development) {
    return nullptr;
  }
  auto reader = std::make_unique<idcard::SimulatedIdCardReader>(config.id_card_simulator);
  simulator = reader.get();
  return reader;
}

// The ESC/POS printer the configuration names; in development, PNG files instead; else none.
std::unique_ptr<platform::ReceiptPrinter> make_printer(const KioskConfig& config, const std::string& font_path) {
  if (const auto& p = config.printer) {
    return std::make_unique<EscposPrinter>(
        EscposPrinterConfig{p->device, p->baud, p->host, p->port, p->width_dots, p->timeout_ms}, font_path);
  }
  if (config.development && !config.receipt_dir.empty()) {
    return std::make_unique<PngReceiptPrinter>(config.receipt_dir, font_path);
  }
  return nullptr;
}

}  // namespace

KioskMode::KioskMode(const KioskConfig& config, ui::App& app, const platform::Clock& clock,
                     const std::string& font_path, platform::RunQueue& queue)
    : reader_(make_reader(config, simulator_)),
      printer_(make_printer(config, font_path)),
      print_thread_(queue),
      session_(app.model(), clock, policy_of(config), reader_.get(), printer_.get(), print_thread_,
               [url = config.lookup_url](const std::string& number, const std::string& code) {
                 return lookup_url_for(url, number, code);
               }),
      view_(session_, app.model()) {
  if (simulator_ != nullptr) {
    view_.set_card_key([this] { simulator_->toggle_sample_card(); });
  }
  app.set_overlay([this](ui::Ui& ui) { view_.draw(ui); });
  // A touch screen has no keyboard: digits and letters come from keys on the screen.
  app.set_keyboard(&keyboard_);
  // A draft restored after a crash or a power cut belongs to someone who has gone: the kiosk starts
  // on the attract screen with nothing of it.
  session_.finish();
}

}  // namespace hotline::native
