// The app's state apart from drawing, composed of one model per concern: the request wizard (the new
// request's form and steps), the request viewer (one request, its rating, the look-up) and the
// preferences. This model holds what they share: the navigation, the visit, the loop's timers and
// revision. Screens are functions of it; scenario tests and unit tests drive it without rendering.
#pragma once

#include <optional>
#include <string>

#include "app/app_services.h"
#include "app/model_core.h"
#include "app/preferences.h"
#include "app/request_viewer.h"
#include "app/request_wizard.h"
#include "calendar/deadline_status.h"
#include "open311/service_request.h"
#include "platform/subscription.h"
#include "text/catalog.h"

namespace hotline::app {

class AppModel final : private Router {
 public:
  AppModel(AppServices services, text::Strings& strings);
  AppModel(const AppModel&) = delete;
  AppModel& operator=(const AppModel&) = delete;

  // Opens the stores, restores settings and the draft (its step becomes the current screen).
  void start();
  // Advances timers (outbox retries, draft autosave, status refresh). Call once per loop iteration.
  void tick();
  // When tick() next has work (ms since epoch), for a loop that sleeps while idle.
  std::optional<std::int64_t> next_wake_ms() const;
  // Bumped whenever something a screen shows changed outside of input (a result, a timer): the loop
  // draws a frame when it moves.
  unsigned revision() const { return core_.revision; }
  // Something the citizen waits for is on its way (a fetch, a photo being prepared, locating): the
  // view keeps drawing while it shows a spinner. Every such call counts in the model's Activity.
  bool busy() const { return core_.activity.busy(); }

  // ---- the concerns
  RequestWizard& wizard() { return wizard_; }
  const RequestWizard& wizard() const { return wizard_; }
  RequestViewer& viewer() { return viewer_; }
  const RequestViewer& viewer() const { return viewer_; }
  Preferences& preferences() { return preferences_; }
  const Preferences& preferences() const { return preferences_; }

  // ---- navigation
  const Route& route() const { return core_.nav.current(); }
  const Navigation& navigation() const { return core_.nav; }
  void back();
  void go_home() override;
  // Opens a screen of its own (my requests, look-up, settings) or returns to a form step.
  void open(Screen screen);
  void open_request(const std::string& number) override { viewer_.open_request(number); }
  // The failure the current screen shows (a catalog message), if any.
  const std::optional<Problem>& problem() const { return core_.visit.problem; }

  // ---- shared device (kiosk)
  // Forgets everything of the citizen who was here: form, draft, photos, contact, the requests and
  // query codes on screen and in storage; undelivered requests stay in the outbox until delivered.
  void wipe_session();

  // ---- what screens read of the device and the stores
  const std::optional<Station>& station() const { return core_.services.station; }
  bool can_locate() const { return core_.services.location != nullptr; }
  bool can_copy() const { return core_.services.clipboard != nullptr; }
  // The citizen's requests, newest first, with the outbox's unsent ones before them.
  const api::MyRequests& my_requests() const { return core_.services.my_requests; }
  const api::Outbox& outbox() const { return core_.services.outbox; }
  // The citizen's requests as last refreshed: news since they last looked, the last refresh's error.
  const api::StatusTracker& tracker() const { return core_.services.tracker; }
  const open311::ServiceRequest* known_request(const std::string& number) const;
  const calendar::HolidayCalendar& holidays() const { return core_.services.holidays; }
  // Where a request stands now against its deadline (`due`, ISO 8601); nullopt when unreadable.
  std::optional<calendar::DeadlineStatus> deadline_status(const std::string& due) const;

 private:
  void changed() { core_.changed(); }
  void go(Screen screen) override;
  void on_outbox_change(const std::string& id);

  ModelCore core_;
  Preferences preferences_{core_};
  RequestWizard wizard_{core_, *this};
  RequestViewer viewer_{core_};
  // The stores' news, for as long as this model lives (the stores may outlive it).
  platform::Subscription outbox_news_;
  platform::Subscription tracker_news_;
};

}  // namespace hotline::app
