// The kiosk visit's clock, card and receipt (see kiosk_session.h).
#include "app/kiosk_session.h"

#include <algorithm>
#include <functional>

#include "app/due_date.h"
#include "base/secure_string.h"

namespace hotline::app {

KioskSession::KioskSession(AppModel& model, const platform::Clock& clock, KioskPolicy policy,
                           platform::IdCardReader* reader, platform::ReceiptPrinter* printer,
                           platform::TaskRunner& print_runner,
                           std::function<std::string(const std::string&, const std::string&)> lookup_url)
    : model_(model),
      clock_(clock),
      policy_(policy),
      reader_(reader),
      printer_(printer),
      print_runner_(print_runner),
      lookup_url_(std::move(lookup_url)) {}

void KioskSession::begin() {
  last_input_ms_ = clock_.now_ms();
  if (phase_ != KioskPhase::Active) {
    phase_ = KioskPhase::Active;
    changed();
  }
}

void KioskSession::touch() {
  if (phase_ != KioskPhase::Attract) {
    begin();
  }
}

void KioskSession::finish() {
  model_.wipe_session();
  model_.preferences().set_settings(policy_.settings);
  // The card may still lie on the reader: it is not read into the next visit until placed again.
  if (card_) {
    left_card_hash_ = std::hash<std::string>{}(card_->id_number);
  }
  forget_card();
  card_applied_ = false;
  printed_for_.clear();
  receipt_note_.clear();
  failed_receipt_.reset();
  print_call_.cancel();
  phase_ = KioskPhase::Attract;
  changed();
}

int KioskSession::seconds_left() const {
  if (phase_ != KioskPhase::Countdown) {
    return 0;
  }
  const std::int64_t end = last_input_ms_ + (policy_.idle_timeout_s + policy_.countdown_s) * 1000LL;
  return static_cast<int>(std::max<std::int64_t>(0, (end - clock_.now_ms() + 999) / 1000));
}

void KioskSession::tick() {
  const std::int64_t now = clock_.now_ms();
  poll_card(now);
  if (model_.wizard().form().empty()) {
    card_applied_ = false;
  }
  apply_card();
  print_receipt();
  const std::int64_t idle_ms = now - last_input_ms_;
  if (phase_ == KioskPhase::Active && idle_ms >= policy_.idle_timeout_s * 1000LL) {
    phase_ = KioskPhase::Countdown;
    changed();
  } else if (phase_ == KioskPhase::Countdown) {
    if (idle_ms >= (policy_.idle_timeout_s + policy_.countdown_s) * 1000LL) {
      finish();
    } else if (const int left = seconds_left(); left != shown_seconds_) {
      // The countdown's number moves once a second.
      shown_seconds_ = left;
      changed();
    }
  }
}

std::optional<std::int64_t> KioskSession::next_wake_ms() const {
  std::optional<std::int64_t> wake;
  const auto earliest = [&wake](std::int64_t at) {
    if (!wake || at < *wake) {
      wake = at;
    }
  };
  if (reader_ != nullptr) {
    earliest(next_poll_ms_);
  }
  if (phase_ == KioskPhase::Active) {
    earliest(last_input_ms_ + policy_.idle_timeout_s * 1000LL);
  } else if (phase_ == KioskPhase::Countdown) {
    const std::int64_t now = clock_.now_ms();
    earliest(now + 1000 - (now - last_input_ms_) % 1000);
  }
  return wake;
}

void KioskSession::poll_card(std::int64_t now) {
  if (reader_ == nullptr || now < next_poll_ms_) {
    return;
  }
  next_poll_ms_ = now + policy_.card_poll_ms;
  auto reading = reader_->poll();
  if (!reading) {
    if (!card_error_ || card_error_->problem != reading.error().problem ||
        card_error_->detail != reading.error().detail) {
      card_error_ = reading.error();
      changed();
    }
    return;
  }
  if (card_error_) {
    card_error_.reset();
    changed();
  }
  const std::optional<platform::IdCard>& placed = reading.value();
  if (placed && !card_) {
    if (left_card_hash_ == std::hash<std::string>{}(placed->id_number)) {
      return;
    }
    card_ = placed;
    card_applied_ = false;
    begin();
    changed();
  } else if (!placed) {
    left_card_hash_.reset();
    if (card_) {
      // Removing the card takes its holder's name and number out of the form.
      const FormState& form = model_.wizard().form();
      if (form.name == card_->name && form.resident_id == card_->id_number) {
        model_.wizard().set_identity("", "");
      }
      forget_card();
      changed();
    }
  }
}

void KioskSession::forget_card() {
  if (card_) {
    // A short name is held inside this object (no heap block whose freeing would clear it).
    base::secure_clear(card_->name);
    base::secure_clear(card_->id_number);
  }
  card_.reset();
}

void KioskSession::apply_card() {
  if (!card_ || card_applied_ || model_.wizard().form().empty()) {
    return;
  }
  model_.wizard().set_identity(card_->name, card_->id_number);
  card_applied_ = true;
}

void KioskSession::print_receipt() {
  const api::OutboxItem* item = model_.wizard().submitted_item();
  if (printer_ == nullptr || item == nullptr) {
    return;
  }
  const bool delivered = item->state == api::OutboxState::Sent && item->query_code;
  // The first attempt failed: the visitor may leave before it is delivered, with the claim.
  const bool waiting = item->state == api::OutboxState::Waiting && item->attempts > 0 && !item->claim_secret.empty();
  const std::string kind = item->id + (delivered ? "/sent" : "/claim");
  if ((!delivered && !waiting) || kind == printed_for_) {
    return;
  }
  printed_for_ = kind;
  platform::Receipt receipt;
  if (delivered) {
    receipt.request_number = item->request_number;
    receipt.query_code = *item->query_code;
    receipt.due_date = submitted_due_date(model_, item->sent_ms);
    receipt.lookup_url = lookup_url_(item->request_number, item->query_code->str());
  } else {
    receipt.claim_key = item->id;
    receipt.claim_secret = item->claim_secret;
    receipt.lookup_url = lookup_url_(item->id, item->claim_secret.str());
  }
  if (const auto& station = model_.station()) {
    receipt.station_name = station->name;
  }
  // The answer comes back as a value; the receipt and printer are the worker's until then.
  auto result = std::make_shared<base::Expected<std::string, platform::PrintError>>(std::string());
  print_call_ = print_runner_.run([printer = printer_, receipt, result] { *result = printer->print(receipt); },
                                  [this, receipt, result] { printed(receipt, *result); });
  changed();
}

void KioskSession::printed(const platform::Receipt& receipt,
                           const base::Expected<std::string, platform::PrintError>& result) {
  if (result) {
    receipt_note_ = result.value();
  } else if (receipt.claim_key.empty()) {
    failed_receipt_ = FailedReceipt{result.error(), receipt.request_number, receipt.query_code, false};
  } else {
    // Not sent yet: the claim is what the look-up page takes in the number and code fields.
    failed_receipt_ = FailedReceipt{result.error(), receipt.claim_key, receipt.claim_secret, true};
  }
  changed();
}

void KioskSession::dismiss_failed_receipt() {
  failed_receipt_.reset();
  changed();
}

}  // namespace hotline::app
