// The request viewer: opening a request, rating it or asking for rework, and looking one up.
#include "app/request_viewer.h"

#include "domain/request_number.h"

namespace hotline::app {

RequestViewer::RequestViewer(ModelCore& core)
    : core_(core),
      reply_photos_(core.services.transport, core.services.photo_preparer, core.services.api.config().base_url,
                    core.activity) {
  reply_photos_.set_listener([this] { core_.changed(); });
}

void RequestViewer::tick() {
  Visit& visit = core_.visit;
  if (core_.nav.current().screen == Screen::Lookup && visit.lookup.value() != nullptr) {
    lookup_finished();
  }
  if (visit.rating.value() != nullptr && !visit.rating_applied) {
    visit.rating_applied = true;
    visit.rating_form = RatingForm{};
    if (core_.nav.current().screen == Screen::Rate) {
      core_.nav.back();
    }
    reload_detail();
    core_.services.tracker.refresh_now();
    core_.changed();
  }
}

// ---- one request

void RequestViewer::open_request(const std::string& number) {
  Visit& visit = core_.visit;
  if (number != visit.detail_number) {
    reply_photos_.clear();
  }
  visit.detail_number = number;
  visit.rating_form = RatingForm{};
  visit.rating.reset();
  visit.rating_applied = false;
  reload_detail();
  // Not stored as seen: the news is only told again.
  (void)core_.services.tracker.mark_seen(number);
  core_.nav.push(Route{Screen::Detail, number});
  core_.changed();
}

void RequestViewer::reload_detail() {
  const Visit& visit = core_.visit;
  const api::MyRequest* mine = core_.services.my_requests.find(visit.detail_number);
  std::optional<std::string> code = mine != nullptr ? mine->query_code : std::nullopt;
  if (!code && !visit.lookup_code.empty() && visit.lookup_number == visit.detail_number) {
    code = visit.lookup_code.str();  // the URL's query is a plain string
  }
  core_.visit.detail.start([this, code](auto done) {
    return core_.services.api.fetch_request(core_.visit.detail_number, code, std::move(done));
  });
}

std::optional<std::string> RequestViewer::query_code_of(const std::string& number) const {
  if (const api::MyRequest* mine = core_.services.my_requests.find(number); mine != nullptr && mine->query_code) {
    return mine->query_code;
  }
  if (core_.visit.lookup_number == number && !core_.visit.lookup_code.empty()) {
    return core_.visit.lookup_code.str();
  }
  return std::nullopt;
}

// ---- rating

void RequestViewer::set_satisfaction(workflow::Satisfaction satisfaction) {
  core_.visit.rating_form.satisfaction = satisfaction;
  core_.changed();
}

void RequestViewer::set_rework(bool rework) {
  core_.visit.rating_form.rework = rework;
  core_.changed();
}

void RequestViewer::set_rating_comment(std::string_view comment) {
  core_.visit.rating_form.comment.assign(comment);
  core_.changed();
}

void RequestViewer::rate(workflow::Satisfaction satisfaction, const std::string& comment) {
  const auto code = query_code_of(core_.visit.detail_number);
  if (!code) {
    return;
  }
  core_.visit.rating_applied = false;
  core_.visit.rating.start([this, code, satisfaction, comment](auto done) {
    return core_.services.api.rate(core_.visit.detail_number, *code, satisfaction, comment, std::move(done));
  });
  core_.changed();
}

void RequestViewer::ask_rework(const std::string& reason) {
  const auto code = query_code_of(core_.visit.detail_number);
  if (!code) {
    return;
  }
  core_.visit.rating_applied = false;
  core_.visit.rating.start([this, code, reason](auto done) {
    return core_.services.api.ask_rework(core_.visit.detail_number, *code, reason, std::move(done));
  });
  core_.changed();
}

// ---- look-up

void RequestViewer::set_lookup_number(std::string_view number) {
  core_.visit.lookup_number.assign(number);
  core_.changed();
}

void RequestViewer::set_lookup_code(std::string_view code) {
  core_.visit.lookup_code.assign(code);
  core_.changed();
}

void RequestViewer::look_up() {
  Visit& visit = core_.visit;
  visit.problem.reset();
  const std::string number = visit.lookup_number.str();
  if (auto claim = api::claim_from_lookup(number, visit.lookup_code)) {
    // A receipt's claim for a request that was waiting to be sent when it was printed.
    visit.lookup.start([this, claim = std::move(*claim)](auto done) {
      return core_.services.api.fetch_claimed(claim, std::move(done));
    });
    core_.changed();
    return;
  }
  // Citizens copy codes with spaces, hyphens, lower case or full-width letters: the canonical form goes.
  const std::optional<std::string> canonical = domain::normalize_query_code(visit.lookup_code);
  if (!canonical) {
    visit.lookup.reset();
    visit.problem = Problem{{"app.detail.wrong_code", {}}};
    core_.changed();
    return;
  }
  visit.lookup_code = *canonical;
  const std::string code = *canonical;
  visit.lookup.start(
      [this, number, code](auto done) { return core_.services.api.fetch_request(number, code, std::move(done)); });
  core_.changed();
}

void RequestViewer::lookup_finished() {
  Visit& visit = core_.visit;
  const open311::ServiceRequest* found = visit.lookup.value();
  if (found == nullptr) {
    return;
  }
  // Found by a receipt's claim, the request's own query code came with it.
  if (auto notice = api::query_code_notice(*found)) {
    visit.lookup_code = *notice;
  }
  auto& services = core_.services;
  // Not remembered, the request is still shown; the citizen can look it up again.
  (void)services.my_requests.remember_looked_up(*found, visit.lookup_code.str(), services.clock.now_ms());
  services.tracker.set_numbers(services.my_requests.numbers());
  const std::string number = found->service_request_id;
  core_.nav.back();
  open_request(number);
}

}  // namespace hotline::app
