// A kiosk visit without a window: the idle limit and its countdown, the ID card filling and leaving the
// form, and "finish" leaving nothing of the citizen in memory or storage.
#include <catch2/catch.hpp>

#include <functional>
#include <utility>
#include <vector>

#include "app/kiosk_session.h"
#include "model_fixture.h"
#include "open311/form_urlencoded.h"

namespace hotline {
namespace {

constexpr const char* kName = "王秀英";
constexpr const char* kIdNumber = "350102198001012340";
constexpr const char* kDescription = "地铁站出口的路灯已经三天不亮了";
constexpr const char* kMobile = "13800138000";
constexpr const char* kAddress = "鼓楼区五四路158号";

class FakeCardReader : public platform::IdCardReader {
 public:
  base::Expected<std::optional<platform::IdCard>, platform::CardReadError> poll() override { return card; }
  std::optional<platform::IdCard> card;
};

// A printer whose roll is empty.
class EmptyPrinter : public platform::ReceiptPrinter {
 public:
  base::Expected<std::string, platform::PrintError> print(const platform::Receipt& receipt) override {
    asked.push_back(receipt);
    return base::unexpected(platform::PrintError{platform::PrintProblem::PaperOut, "out of paper (DLE EOT 4)"});
  }
  std::vector<platform::Receipt> asked;
};

class FakePrinter : public platform::ReceiptPrinter {
 public:
  base::Expected<std::string, platform::PrintError> print(const platform::Receipt& receipt) override {
    printed.push_back(receipt);
    return std::string("printed");
  }
  std::vector<platform::Receipt> printed;
};

app::KioskPolicy policy() {
  app::KioskPolicy p;
  p.idle_timeout_s = 60;
  p.countdown_s = 20;
  p.card_poll_ms = 500;
  return p;
}

struct KioskFixture : testing::ModelFixture {
  FakeCardReader reader;
  FakePrinter printer;
  std::unique_ptr<app::KioskSession> session;

  KioskFixture() {
    station = app::Station{"FZ-M1-NMD", "地铁1号线南门兜站", {26.0845, 119.2965}};
    restart();
    session = std::make_unique<app::KioskSession>(
        model(), clock, policy(), &reader, &printer, tasks,
        [](const std::string& number, const std::string& code) { return number + "/" + code; });
  }

  // Time passes with the loop running: the session and the model tick, posted work runs.
  void wait(std::int64_t ms) {
    for (std::int64_t step = 0; step < ms; step += 250) {
      clock.advance(250);
      session->tick();
      settle();
    }
  }

  void fill_complaint() {
    model().wizard().start_request(domain::RequestType::Complaint);
    model().wizard().choose_service("BJ-0101");
    model().wizard().set_field(domain::Field::Description, kDescription);
    wait(10'000);  // the draft autosave has run
  }

  // Up to "send" with the backend down: the request waits in the outbox.
  void file_offline() {
    fill_complaint_up_to_review(kAddress, kDescription, kName, kMobile);
    app::AppModel& m = model();
    REQUIRE(m.route().screen == app::Screen::Review);
    transport.script_error(platform::NetworkErrorCode::Offline);
    m.wizard().submit();
    settle();
    REQUIRE(m.wizard().submitted_item() != nullptr);
    REQUIRE(m.wizard().submitted_item()->state == api::OutboxState::Waiting);
  }

  // What a visit can see of requests: "my requests" (outbox and entries), the counts and home use these.
  bool sees_any_request() { return !model().outbox().items().empty() || !model().my_requests().items().empty(); }

  // Every stored value, as a byte scan of the kiosk's storage folder would see them: drafts and the
  // outbox keep Open311 forms, where Chinese text is percent-encoded.
  bool storage_holds(const std::string& text) {
    const std::string encoded = open311::percent_encode(text);
    const std::vector<std::string> keys = storage.list("").value();
    for (const std::string& key : keys) {
      const auto value = storage.read(key).value();
      if (value && (value->find(text) != std::string::npos || value->find(encoded) != std::string::npos)) {
        return true;
      }
    }
    return false;
  }
};

TEST_CASE("the idle limit asks 'are you still there?', a touch continues, the end wipes the visit") {
  KioskFixture f;
  f.session->begin();
  f.fill_complaint();
  REQUIRE(f.storage_holds(kDescription));

  f.wait(49'000);  // 59 s since the last input
  CHECK(f.session->phase() == app::KioskPhase::Active);
  f.wait(1'000);
  REQUIRE(f.session->phase() == app::KioskPhase::Countdown);
  CHECK(f.session->seconds_left() == 20);

  f.session->touch();  // one tap: the citizen is still here
  CHECK(f.session->phase() == app::KioskPhase::Active);
  CHECK(f.model().wizard().form().description == kDescription);

  f.wait(60'000);
  REQUIRE(f.session->phase() == app::KioskPhase::Countdown);
  f.wait(19'000);
  CHECK(f.session->phase() == app::KioskPhase::Countdown);
  CHECK(f.session->seconds_left() == 1);
  f.wait(1'000);
  CHECK(f.session->phase() == app::KioskPhase::Attract);
  CHECK(f.model().wizard().form().empty());
  CHECK(f.model().route().screen == app::Screen::Home);
  CHECK_FALSE(f.storage_holds(kDescription));
}

TEST_CASE("the card on the reader starts a visit and fills name and number; taking it away clears them") {
  KioskFixture f;
  f.reader.card = platform::IdCard{kName, kIdNumber};
  f.wait(500);
  REQUIRE(f.session->phase() == app::KioskPhase::Active);
  REQUIRE(f.session->card());

  f.fill_complaint();
  CHECK(f.model().wizard().form().name == kName);
  CHECK(f.model().wizard().form().resident_id == kIdNumber);

  f.reader.card.reset();
  f.wait(5'000);  // polled, and the draft saved again
  CHECK_FALSE(f.session->card());
  CHECK(f.model().wizard().form().name.empty());
  CHECK(f.model().wizard().form().resident_id.empty());
  CHECK(f.model().wizard().form().description == kDescription);  // what the citizen typed stays
  CHECK_FALSE(f.storage_holds(kIdNumber));
}

TEST_CASE("finish forgets the visit; a card left on the reader is not read into the next one") {
  KioskFixture f;
  f.reader.card = platform::IdCard{kName, kIdNumber};
  f.wait(500);
  f.fill_complaint();
  REQUIRE(f.storage_holds(kName));

  f.session->finish();
  f.wait(1'000);
  CHECK(f.session->phase() == app::KioskPhase::Attract);
  CHECK_FALSE(f.session->card());
  CHECK(f.model().wizard().form().empty());
  CHECK_FALSE(f.storage_holds(kName));
  CHECK_FALSE(f.storage_holds(kIdNumber));
  CHECK_FALSE(f.storage_holds(kDescription));

  // The same card, never lifted: still the attract screen. Lifted and placed again: a new visit.
  f.wait(2'000);
  CHECK(f.session->phase() == app::KioskPhase::Attract);
  f.reader.card.reset();
  f.wait(500);
  f.reader.card = platform::IdCard{kName, kIdNumber};
  f.wait(500);
  CHECK(f.session->phase() == app::KioskPhase::Active);
}

// A complaint at an address, filed and delivered with the backend's `answer`.
void file_complaint(KioskFixture& f, const char* answer) {
  f.fill_complaint_up_to_review(kAddress, kDescription, kName, kMobile);
  app::AppModel& m = f.model();
  REQUIRE(m.route().screen == app::Screen::Review);
  f.transport.script_response(201, answer);
  m.wizard().submit();
  f.wait(500);
}

TEST_CASE("a receipt that did not print: its number and code stay to be written down, then go") {
  KioskFixture f;
  EmptyPrinter printer;
  f.session = std::make_unique<app::KioskSession>(
      f.model(), f.clock, policy(), &f.reader, &printer, f.tasks,
      [](const std::string& number, const std::string& code) { return "https://12345.test/" + number + "/" + code; });
  f.session->begin();
  file_complaint(f, R"([{"service_notice":"query_code:ABCDEFGH23","service_request_id":"20251130000001"}])");
  REQUIRE(printer.asked.size() == 1);
  CHECK(printer.asked[0].lookup_url == "https://12345.test/20251130000001/ABCDEFGH23");
  const auto& failed = f.session->failed_receipt();
  REQUIRE(failed);
  CHECK(failed->error.problem == platform::PrintProblem::PaperOut);
  CHECK(failed->request_number == "20251130000001");
  CHECK(failed->query_code == "ABCDEFGH23");
  f.wait(1'000);
  CHECK(printer.asked.size() == 1);  // asked once per request, not again on every tick
  f.session->dismiss_failed_receipt();
  CHECK_FALSE(f.session->failed_receipt());

  f.session->begin();
  f.wait(500);
  file_complaint(f, R"([{"service_notice":"query_code:ABCDEFGH24","service_request_id":"20251130000002"}])");
  REQUIRE(f.session->failed_receipt());
  f.session->finish();  // the next citizen never sees it
  CHECK_FALSE(f.session->failed_receipt());
}

TEST_CASE("a claim receipt that did not print: its key and secret stay to be written down") {
  KioskFixture f;
  EmptyPrinter printer;
  f.session = std::make_unique<app::KioskSession>(
      f.model(), f.clock, policy(), &f.reader, &printer, f.tasks,
      [](const std::string& number, const std::string& code) { return number + "/" + code; });
  f.session->begin();
  f.file_offline();
  f.wait(250);
  REQUIRE(printer.asked.size() == 1);
  const auto& failed = f.session->failed_receipt();
  REQUIRE(failed);
  CHECK(failed->request_number == printer.asked[0].claim_key);
  CHECK(failed->query_code == printer.asked[0].claim_secret);
  CHECK_FALSE(failed->query_code.empty());
  CHECK(failed->claim);
}

// A task runner that keeps the work until the test lets it run, as a printer that takes its time.
class HeldTaskRunner : public platform::TaskRunner {
 public:
  platform::Call run(std::function<void()> work, std::function<void()> done) override {
    platform::Call call = platform::Call::started();
    held.emplace_back(std::move(work), call.deliver(std::move(done)));
    return call;
  }
  void finish_all() {
    auto tasks = std::move(held);
    held.clear();
    for (auto& [work, done] : tasks) {
      work();
      done();
    }
  }
  std::vector<std::pair<std::function<void()>, std::function<void()>>> held;
};

TEST_CASE("a receipt prints off the UI thread: the visit goes on meanwhile, the answer comes back as a value") {
  KioskFixture f;
  EmptyPrinter printer;
  HeldTaskRunner runner;
  f.session = std::make_unique<app::KioskSession>(
      f.model(), f.clock, policy(), &f.reader, &printer, runner,
      [](const std::string& number, const std::string& code) { return number + "/" + code; });
  f.session->begin();
  file_complaint(f, R"([{"service_notice":"query_code:ABCDEFGH23","service_request_id":"20251130000001"}])");
  // Handed to the runner, not printed in the tick: the loop keeps ticking and drawing ("printing…").
  REQUIRE(runner.held.size() == 1);
  CHECK(printer.asked.empty());
  CHECK(f.session->printing());
  const unsigned before = f.session->revision();
  f.wait(1'000);
  CHECK(runner.held.size() == 1);  // not asked again while it prints
  runner.finish_all();
  CHECK_FALSE(f.session->printing());
  CHECK(f.session->revision() != before);
  REQUIRE(printer.asked.size() == 1);
  const auto& failed = f.session->failed_receipt();
  REQUIRE(failed);
  CHECK(failed->error.problem == platform::PrintProblem::PaperOut);
  CHECK(failed->request_number == "20251130000001");
  CHECK_FALSE(failed->claim);

  // A visit that ends while its receipt prints: the answer shows nothing to the next citizen.
  f.session->finish();
  f.session->begin();
  file_complaint(f, R"([{"service_notice":"query_code:ABCDEFGH24","service_request_id":"20251130000002"}])");
  REQUIRE(runner.held.size() == 1);
  f.session->finish();
  CHECK_FALSE(f.session->printing());
  f.session->begin();
  runner.finish_all();
  CHECK(printer.asked.size() == 2);
  CHECK_FALSE(f.session->failed_receipt());
  CHECK_FALSE(f.session->printing());
}

TEST_CASE("a request filed offline belongs to no later visit, before or after it is delivered") {
  KioskFixture f;
  f.session->finish();  // as the kiosk starts
  f.session->begin();
  f.file_offline();
  CHECK(f.sees_any_request());  // its own visitor sees it waiting
  REQUIRE(f.storage_holds(kMobile));
  f.wait(250);
  // The receipt says it will be sent and carries the claim, no number yet.
  REQUIRE(f.printer.printed.size() == 1);
  const platform::Receipt receipt = f.printer.printed[0];
  CHECK(receipt.request_number.empty());
  CHECK(receipt.query_code.empty());
  CHECK(receipt.claim_key == f.model().wizard().submitted_item()->id);
  CHECK(receipt.claim_secret.size() == 32);
  CHECK(receipt.claim_secret != receipt.claim_key);
  CHECK(receipt.lookup_url == receipt.claim_key + "/" + receipt.claim_secret);
  CHECK(f.session->receipt_note() == "printed");

  f.session->finish();
  f.session->begin();  // visit 2
  CHECK_FALSE(f.sees_any_request());
  CHECK(f.model().wizard().submitted_item() == nullptr);
  CHECK(f.storage_holds(kMobile));  // kept until delivered

  f.transport.script_response(201,
                              R"([{"service_notice":"query_code:ABCDEFGH23","service_request_id":"20251130000001"}])");
  f.model().wizard().retry_sending();
  f.wait(1'000);
  CHECK(f.transport.sent().size() >= 2);
  CHECK(*platform::find_header(f.transport.sent().back().headers, "Claim-Secret") == receipt.claim_secret);
  CHECK(f.printer.printed.size() == 1);  // nothing printed for visit 2
  CHECK_FALSE(f.sees_any_request());
  CHECK(f.model().tracker().news().empty());
  for (const char* text : {kName, kMobile, kAddress, kDescription, "20251130000001", "ABCDEFGH23"}) {
    INFO(text);
    CHECK_FALSE(f.storage_holds(text));
  }
}

TEST_CASE("a refused request is shown to its visitor and dropped with nothing kept when they leave") {
  KioskFixture f;
  f.session->finish();
  f.session->begin();
  f.file_offline();
  f.transport.script_response(400, R"([{"code":400,"description":"phone: not a mainland mobile number",)"
                                   R"("field_error":"mobile.invalid_mobile"}])");
  f.model().wizard().retry_sending();
  f.wait(1'000);
  REQUIRE(f.model().wizard().submitted_item() != nullptr);
  CHECK(f.model().wizard().submitted_item()->state == api::OutboxState::NeedsAttention);

  f.session->finish();
  CHECK_FALSE(f.sees_any_request());
  CHECK_FALSE(f.storage_holds(kMobile));
  CHECK_FALSE(f.storage_holds(kName));
}

}  // namespace
}  // namespace hotline
