// One citizen's visit to a shared kiosk, from the attract screen to the wipe: the idle time limit with
// its "are you still there?" countdown, the ID card on the reader filling name and number, the receipt
// once a request is filed, and "finish", which forgets the visit (AppModel::wipe_session).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "app/app_model.h"
#include "platform/clock.h"
#include "platform/id_card_reader.h"
#include "platform/receipt_printer.h"
#include "platform/task_runner.h"

namespace hotline::app {

struct KioskPolicy {
  int idle_timeout_s = 90;
  int countdown_s = 30;
  int card_poll_ms = 500;
  Settings settings;  // each visit starts with these (the last citizen's 长辈版 or language go with them)
};

enum class KioskPhase {
  Attract,    // nobody here: what the kiosk offers, touch anywhere to start
  Active,     // a citizen is using it
  Countdown,  // idle too long: one tap continues, else the visit is wiped
};

class KioskSession {
 public:
  // `reader` and `printer` may be null (no card reader, no receipts). A receipt is printed through
  // `print_runner` (natively a thread of its own: a printer takes up to its timeout, a serial one far
  // longer, and the screen keeps drawing meanwhile). `lookup_url` turns a number and query code into
  // the request's look-up page.
  KioskSession(AppModel& model, const platform::Clock& clock, KioskPolicy policy, platform::IdCardReader* reader,
               platform::ReceiptPrinter* printer, platform::TaskRunner& print_runner,
               std::function<std::string(const std::string&, const std::string&)> lookup_url);
  KioskSession(const KioskSession&) = delete;
  KioskSession& operator=(const KioskSession&) = delete;

  // A touch on the attract screen (or a card placed on the reader): a visit begins.
  void begin();
  // Any input during a visit: the citizen is still here (a tap in the countdown continues).
  void touch();
  // "Finish": forget everything of this visit and show the attract screen.
  void finish();
  // Card polling, the idle clock, receipts. Call once per loop iteration.
  void tick();
  std::optional<std::int64_t> next_wake_ms() const;

  KioskPhase phase() const { return phase_; }
  // Whole seconds left in the countdown (0 outside it).
  int seconds_left() const;
  // The card whose holder is being served, if one lies on the reader (shown masked).
  const std::optional<platform::IdCard>& card() const { return card_; }
  // Why the last read failed (cleared by the next good read or an empty reader).
  const std::optional<platform::CardReadError>& card_error() const { return card_error_; }
  // Where the last receipt went (empty: none this visit).
  const std::string& receipt_note() const { return receipt_note_; }
  // A receipt is being printed ("printing…" on the bar).
  bool printing() const { return print_call_.active(); }
  // The receipt that did not print, and why: the citizen is asked to write its number and code down
  // (for a claim receipt, the claim's key and secret, as the look-up page takes them).
  struct FailedReceipt {
    platform::PrintError error;
    std::string request_number;
    std::string query_code;
    bool claim = false;
  };
  const std::optional<FailedReceipt>& failed_receipt() const { return failed_receipt_; }
  // The citizen has written them down.
  void dismiss_failed_receipt();
  // Bumped when something the kiosk's own widgets show changed.
  unsigned revision() const { return revision_; }

 private:
  void poll_card(std::int64_t now);
  void apply_card();
  void forget_card();
  void print_receipt();
  void printed(const platform::Receipt& receipt, const base::Expected<std::string, platform::PrintError>& result);
  void changed() { ++revision_; }

  AppModel& model_;
  const platform::Clock& clock_;
  KioskPolicy policy_;
  platform::IdCardReader* reader_;
  platform::ReceiptPrinter* printer_;
  platform::TaskRunner& print_runner_;
  std::function<std::string(const std::string&, const std::string&)> lookup_url_;
  KioskPhase phase_ = KioskPhase::Attract;
  std::int64_t last_input_ms_ = 0;
  std::int64_t next_poll_ms_ = 0;
  std::optional<platform::IdCard> card_;
  std::optional<platform::CardReadError> card_error_;
  // A card left on the reader after "finish" is read again only once re-placed; its number is kept as a
  // hash, as nothing of the visit may stay in memory.
  std::optional<std::size_t> left_card_hash_;
  bool card_applied_ = false;  // this form got the card's name and number
  std::string printed_for_;    // outbox id and kind ("/sent", "/claim") of the last receipt printed
  std::string receipt_note_;
  std::optional<FailedReceipt> failed_receipt_;
  // Cancelled at every "finish": a print answered after its visit ended shows nothing to the next one.
  platform::Call print_call_;
  int shown_seconds_ = 0;
  unsigned revision_ = 0;
};

}  // namespace hotline::app
