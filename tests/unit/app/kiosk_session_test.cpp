// A kiosk visit without a window: the idle limit and its countdown, the ID card filling and leaving the
// form, and "finish" leaving nothing of the citizen in memory or storage.
#include <catch2/catch.hpp>

#include "app/kiosk_session.h"
#include "model_fixture.h"
#include "open311/form_urlencoded.h"

namespace hotline {
namespace {

constexpr const char* kName = "王秀英";
constexpr const char* kIdNumber = "350102198001012340";
constexpr const char* kDescription = "地铁站出口的路灯已经三天不亮了";

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

app::KioskPolicy policy() {
  app::KioskPolicy p;
  p.idle_timeout_s = 60;
  p.countdown_s = 20;
  p.card_poll_ms = 500;
  return p;
}

struct KioskFixture : testing::ModelFixture {
  FakeCardReader reader;
  std::unique_ptr<app::KioskSession> session;

  KioskFixture() {
    station = app::Station{"FZ-M1-NMD", "地铁1号线南门兜站", {26.0845, 119.2965}};
    restart();
    session = std::make_unique<app::KioskSession>(
        model(), clock, policy(), &reader, nullptr,
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
    model().start_request(domain::RequestType::Complaint);
    model().choose_service("BJ-0101");
    model().form().description = kDescription;
    model().form_edited(domain::Field::Description);
    wait(10'000);  // the draft autosave has run
  }

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
  CHECK(f.model().form().description == kDescription);

  f.wait(60'000);
  REQUIRE(f.session->phase() == app::KioskPhase::Countdown);
  f.wait(19'000);
  CHECK(f.session->phase() == app::KioskPhase::Countdown);
  CHECK(f.session->seconds_left() == 1);
  f.wait(1'000);
  CHECK(f.session->phase() == app::KioskPhase::Attract);
  CHECK(f.model().form().empty());
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
  CHECK(f.model().form().name == kName);
  CHECK(f.model().form().resident_id == kIdNumber);

  f.reader.card.reset();
  f.wait(5'000);  // polled, and the draft saved again
  CHECK_FALSE(f.session->card());
  CHECK(f.model().form().name.empty());
  CHECK(f.model().form().resident_id.empty());
  CHECK(f.model().form().description == kDescription);  // what the citizen typed stays
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
  CHECK(f.model().form().empty());
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
  app::AppModel& m = f.model();
  m.start_request(domain::RequestType::Complaint);
  m.choose_service("BJ-0101");
  m.form().place = app::PlaceChoice::Address;
  m.form().address = "鼓楼区五四路158号";
  m.next();
  m.form().description = kDescription;
  m.next();
  m.next();  // no photos
  m.form().name = kName;
  m.form().mobile = "13800138000";
  m.next();
  REQUIRE(m.route().screen == app::Screen::Review);
  f.transport.script_response(201, answer);
  m.submit();
  f.wait(500);
}

TEST_CASE("a receipt that did not print: its number and code stay to be written down, then go") {
  KioskFixture f;
  EmptyPrinter printer;
  f.session = std::make_unique<app::KioskSession>(
      f.model(), f.clock, policy(), &f.reader, &printer,
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

}  // namespace
}  // namespace hotline
