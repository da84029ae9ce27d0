// The kiosk's layer over the app: the attract screen while nobody is here, the "are you still there?"
// dialog when the time limit runs out, and a bar with "finish" and the ID card on the reader.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/kiosk_session.h"
#include "domain/request_type.h"
#include "ui/widgets.h"

namespace hotline::ui::kiosk {

class KioskView {
 public:
  KioskView(app::KioskSession& session, app::AppModel& model) : session_(session), model_(model) {}

  // Call from App's overlay, once per frame.
  void draw(Ui& ui);
  // Development: F2 places or removes the simulated ID card.
  void set_card_key(std::function<void()> toggle) { card_key_ = std::move(toggle); }

 private:
  app::KioskSession& session_;
  app::AppModel& model_;
  std::function<void()> card_key_;
};

// Each part draws itself in its own window and reports the citizen's choice.
struct AttractChoice {
  bool start = false;                       // touched: a visit begins
  std::optional<domain::RequestType> type;  // touched one of the request types: it starts at once
};
AttractChoice attract_screen(Ui& ui, const std::string& station_name);

enum class TimeLimitChoice { None, Continue, Finish };
TimeLimitChoice time_limit_dialog(Ui& ui, int seconds_left);

// The receipt that did not print, its number and code to write down; true when tapped away.
bool receipt_notice(Ui& ui, const app::KioskSession::FailedReceipt& receipt);

// True when "finish" was tapped.
bool kiosk_bar(Ui& ui, const app::KioskSession& session);
// Its height: a target and its padding, along the bottom of the screen below everything else.
float kiosk_bar_height(const Theme& theme);

}  // namespace hotline::ui::kiosk
