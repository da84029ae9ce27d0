// "My requests": refresh on demand and on a backing-off schedule, and what changed since the last look.
#include <catch2/catch.hpp>

#include "api/status_tracker.h"
#include "api_fixture.h"

using namespace hotline;

namespace {

open311::ServiceRequest request(const std::string& number, std::vector<workflow::Step> steps,
                                open311::Status status = open311::Status::Open) {
  open311::ServiceRequest r;
  r.service_request_id = number;
  r.service_code = "101";
  r.status = status;
  r.requested_datetime = "2025-03-14T09:00:00+08:00";
  r.updated_datetime = "2025-03-14T09:0" + std::to_string(steps.size()) + ":00+08:00";
  open311::ExtendedAttributes ext;
  for (auto step : steps) {
    open311::TimelineNote note;
    note.summary = "s";
    note.datetime = "2025-03-14T09:00:00+08:00";
    note.step = step;
    ext.notes.push_back(note);
  }
  r.extended_attributes = ext;
  return r;
}

struct TrackerFixture : testing::ApiFixture {
  api::TrackerPolicy policy{60'000, 480'000, 2};
  int notified = 0;
  platform::Subscription listening;
  std::unique_ptr<api::StatusTracker> tracker = make();

  std::unique_ptr<api::StatusTracker> make() {
    auto t = std::make_unique<api::StatusTracker>(api, storage, clock, policy);
    listening = t->listen([this] { ++notified; });
    return t;
  }
  void answer(std::vector<open311::ServiceRequest> requests) {
    transport.answer_oldest(testing::response(200, open311::encode_requests(requests)));
    settle();
  }
};

using workflow::Step;

}  // namespace

TEST_CASE("refresh on demand lists the followed numbers; everything is new at first") {
  TrackerFixture f;
  REQUIRE(f.tracker->open().has_value());
  f.tracker->set_numbers({"2", "1", "2"});
  f.tracker->refresh_now();
  CHECK(f.tracker->refreshing());
  CHECK(f.transport.sent().at(0).url.find("service_request_id=1%2C2&extensions=true") != std::string::npos);
  f.answer({request("1", {Step::Submitted}), request("2", {Step::Submitted, Step::Accepted}), request("9", {})});
  CHECK_FALSE(f.tracker->refreshing());
  CHECK(f.notified == 1);
  CHECK(f.tracker->requests().size() == 2);  // "9" was not asked for
  const auto changes = f.tracker->changes();
  REQUIRE(changes.size() == 2);
  CHECK_FALSE(changes[1].before);
  CHECK(changes[1].now.step == Step::Accepted);
  CHECK(changes[1].new_notes == 2);
}

TEST_CASE("what changed since the last look survives a restart") {
  TrackerFixture f;
  f.tracker->set_numbers({"1", "2"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted}), request("2", {Step::Submitted})});
  REQUIRE(f.tracker->mark_seen().has_value());
  CHECK(f.tracker->changes().empty());

  f.tracker = f.make();
  auto opened = f.tracker->open();
  REQUIRE(opened.has_value());
  REQUIRE_FALSE(opened->has_value());  // nothing set aside
  f.tracker->set_numbers({"1", "2"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted}),
            request("2", {Step::Submitted, Step::Accepted, Step::Dispatched}, open311::Status::Open)});
  auto changes = f.tracker->changes();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].number == "2");
  REQUIRE(changes[0].before);
  CHECK(changes[0].before->step == Step::Submitted);
  CHECK(changes[0].now.step == Step::Dispatched);
  CHECK(changes[0].step_changed);
  CHECK_FALSE(changes[0].status_changed);
  CHECK(changes[0].new_notes == 2);

  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted}), request("2", {Step::Submitted}, open311::Status::Closed)});
  changes = f.tracker->changes();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].status_changed);
}

TEST_CASE("the schedule backs off while nothing changes and snaps back on a change") {
  TrackerFixture f;
  f.tracker->set_numbers({"1"});
  f.tracker->tick();  // due at once the first time
  REQUIRE(f.transport.pending_count() == 1);
  f.answer({request("1", {Step::Submitted})});
  CHECK(f.tracker->interval_ms() == 60'000);  // first sight counts as a change
  const std::int64_t expected[] = {120'000, 240'000, 480'000, 480'000};
  for (std::int64_t interval : expected) {
    const std::int64_t due = *f.tracker->next_refresh_ms();
    f.clock.set(due - 1);
    f.tracker->tick();
    CHECK(f.transport.pending_count() == 0);
    f.clock.set(due);
    f.tracker->tick();
    REQUIRE(f.transport.pending_count() == 1);
    f.answer({request("1", {Step::Submitted})});
    CHECK(f.tracker->interval_ms() == interval);
  }
  f.clock.set(*f.tracker->next_refresh_ms());
  f.tracker->tick();
  f.answer({request("1", {Step::Submitted, Step::Accepted})});
  CHECK(f.tracker->interval_ms() == 60'000);
}

TEST_CASE("on-demand refresh resets the schedule; failures back off and are reported") {
  TrackerFixture f;
  f.tracker->set_numbers({"1"});
  f.tracker->refresh_now();
  f.transport.answer_oldest(testing::offline());
  f.settle();
  REQUIRE(f.tracker->last_error());
  CHECK(f.tracker->last_error()->code == api::ApiErrorCode::Offline);
  CHECK(f.tracker->interval_ms() == 120'000);
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted})});
  CHECK_FALSE(f.tracker->last_error());
  CHECK(f.tracker->interval_ms() == 60'000);
}

TEST_CASE("many numbers are fetched in batches") {
  TrackerFixture f;
  f.policy.max_numbers_per_call = 2;
  f.tracker = f.make();
  f.tracker->set_numbers({"1", "2", "3"});
  f.tracker->refresh_now();
  f.answer({request("1", {}), request("2", {})});
  CHECK(f.transport.sent().at(1).url.find("service_request_id=3&") != std::string::npos);
  f.answer({request("3", {})});
  CHECK(f.tracker->requests().size() == 3);
  CHECK(f.notified == 1);
}

TEST_CASE("nothing to follow means no requests and no schedule") {
  TrackerFixture f;
  f.tracker->tick();
  f.tracker->refresh_now();
  CHECK(f.transport.sent().empty());
  CHECK_FALSE(f.tracker->next_refresh_ms());
}

TEST_CASE("a damaged seen record is set aside once and counts as seen nothing") {
  TrackerFixture f;
  f.storage.set_raw("status/seen", "[1,2]");
  auto first = f.tracker->open();
  REQUIRE(first.has_value());
  REQUIRE(first->has_value());
  CHECK((*first)->moved);
  CHECK(f.storage.read("quarantine/status/seen")->value() == "[1,2]");
  CHECK_FALSE(f.tracker->open().value());
  for (const char* record : {R"({"1": {"status": "open", "notes": 1, "updated": "x", "step": "warp"}})",
                             R"({"1": {"status": "open", "notes": "1", "updated": "x"}})",
                             R"({"1": {"status": 1, "notes": 1, "updated": "x"}})", R"({"1": 5})"}) {
    f.storage.set_raw("status/seen", record);
    CHECK(f.tracker->open().value());
  }
  f.tracker->set_numbers({"1"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted})});
  REQUIRE(f.tracker->changes().size() == 1);
  CHECK_FALSE(f.tracker->changes()[0].before);
}

TEST_CASE("news: requests known for the first time are adopted, a request looked at is no longer news") {
  // Written to storage (true), nothing to write (false); never an error here.
  const auto stored = [](const platform::StorageResult<bool>& r) {
    REQUIRE(r.has_value());
    return *r;
  };
  TrackerFixture f;
  f.tracker->set_numbers({"1", "2"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted}), request("2", {Step::Submitted})});
  CHECK(f.tracker->news().empty());  // never seen: a change, but no news
  REQUIRE(stored(f.tracker->adopt_new()));
  CHECK(f.tracker->changes().empty());
  CHECK(!stored(f.tracker->adopt_new()));  // nothing new the second time

  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted, Step::Accepted}), request("2", {Step::Submitted}, open311::Status::Closed)});
  auto news = f.tracker->news();
  REQUIRE(news.size() == 2);
  CHECK(news[0].step_changed);
  CHECK(news[1].status_changed);

  REQUIRE(stored(f.tracker->mark_seen("2")));
  CHECK(!stored(f.tracker->mark_seen("2")));  // looked at again, unchanged: nothing written
  news = f.tracker->news();
  REQUIRE(news.size() == 1);
  CHECK(news[0].number == "1");
  CHECK(!stored(f.tracker->mark_seen("9")));  // not followed: nothing to mark

  // What was looked at stays looked at after a restart.
  f.tracker = f.make();
  REQUIRE(f.tracker->open().has_value());
  f.tracker->set_numbers({"1", "2"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted, Step::Accepted}), request("2", {Step::Submitted}, open311::Status::Closed)});
  news = f.tracker->news();
  REQUIRE(news.size() == 1);
  CHECK(news[0].number == "1");
}

TEST_CASE("wiping a shared device's visit forgets what was followed and seen, in memory and in storage") {
  TrackerFixture f;
  f.tracker->set_numbers({"1"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted})});
  REQUIRE(f.tracker->adopt_new().has_value());
  REQUIRE(f.storage.read("status/seen").value().has_value());
  REQUIRE(f.tracker->wipe().has_value());
  CHECK(f.tracker->requests().empty());
  CHECK_FALSE(f.storage.read("status/seen").value().has_value());
  // Followed again later (the next visitor looks the same request up): it is new to this visit.
  f.tracker->set_numbers({"1"});
  f.tracker->refresh_now();
  f.answer({request("1", {Step::Submitted, Step::Accepted})});
  CHECK(f.tracker->news().empty());
  REQUIRE(f.tracker->changes().size() == 1);
  CHECK_FALSE(f.tracker->changes()[0].before);
}
