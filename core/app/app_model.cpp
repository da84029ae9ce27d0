// The app model: starting and ticking the stores, the navigation and what entering a screen starts.
#include "app/app_model.h"

#include "calendar/iso_timestamp.h"

namespace hotline::app {

AppModel::AppModel(AppServices services, text::Strings& strings) : core_(services, strings) {}

void AppModel::start() {
  auto& s = core_.services;
  preferences_.restore();
  // Best effort: a store that cannot be read starts with what it could load, and the app still files
  // and looks up requests.
  (void)s.outbox.open();
  (void)s.my_requests.open();
  (void)s.tracker.open();
  (void)s.my_requests.collect_sent(s.outbox);
  s.tracker.set_numbers(s.my_requests.numbers());
  outbox_news_ = s.outbox.listen([this](const std::string& id) { on_outbox_change(id); });
  tracker_news_ = s.tracker.listen([this] {
    // A request just filed or looked up is no news; nor is the one on screen (a write that fails only
    // tells the citizen again).
    auto& tracker = core_.services.tracker;
    (void)tracker.adopt_new();
    if (core_.nav.current().screen == Screen::Detail) {
      (void)tracker.mark_seen(core_.visit.detail_number);
    }
    changed();
  });
  // The catalog is asked for first: a restored step's own fetches follow it.
  core_.reload_catalog();
  wizard_.restore_draft();
  wizard_.ask_host_identity();
  changed();
}

void AppModel::tick() {
  auto& s = core_.services;
  s.outbox.tick();
  s.drafts.tick();
  s.tracker.tick();
  viewer_.tick();
}

std::optional<std::int64_t> AppModel::next_wake_ms() const {
  std::optional<std::int64_t> wake;
  const auto earliest = [&wake](std::optional<std::int64_t> at) {
    if (at && (!wake || *at < *wake)) {
      wake = at;
    }
  };
  earliest(core_.services.outbox.next_due_ms());
  earliest(core_.services.drafts.next_save_ms());
  earliest(core_.services.tracker.next_refresh_ms());
  return wake;
}

void AppModel::on_outbox_change(const std::string&) {
  auto& s = core_.services;
  if (const auto added = s.my_requests.collect_sent(s.outbox); added && *added > 0) {
    s.tracker.set_numbers(s.my_requests.numbers());
    // The state the citizen saw when filing is the one later news is told against.
    s.tracker.refresh_now();
  }
  changed();
}

// ---- navigation

void AppModel::go(Screen screen) {
  core_.nav.push(Route{screen, {}});
  wizard_.reached(screen);
  changed();
}

void AppModel::open(Screen screen) {
  core_.visit.problem.reset();
  if (screen == Screen::MyRequests) {
    core_.services.tracker.refresh_now();
  }
  if (screen == Screen::Lookup) {
    viewer_.reset_lookup();
  }
  go(screen);
}

void AppModel::back() {
  core_.visit.problem.reset();
  core_.visit.field_errors.clear();
  core_.nav.back();
  wizard_.reached(core_.nav.current().screen);
  changed();
}

void AppModel::go_home() {
  core_.visit.problem.reset();
  core_.visit.field_errors.clear();
  viewer_.drop_reply_photos();
  core_.nav.home();
  changed();
}

// ---- what screens read

const open311::ServiceRequest* AppModel::known_request(const std::string& number) const {
  const auto& latest = core_.services.tracker.requests();
  const auto it = latest.find(number);
  return it == latest.end() ? nullptr : &it->second;
}

std::optional<calendar::DeadlineStatus> AppModel::deadline_status(const std::string& due) const {
  const auto due_at = calendar::parse_iso8601_timestamp(due);
  const auto now = calendar::Instant::from_unix_seconds(core_.services.clock.now_ms() / 1000);
  if (!due_at || !now) {
    return std::nullopt;
  }
  return calendar::deadline_status(core_.services.holidays, *now, *due_at);
}

}  // namespace hotline::app
