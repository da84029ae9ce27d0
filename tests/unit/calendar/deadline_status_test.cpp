// The deadline line of a citizen screen: phases, catalog keys and parameters, rendered in each language.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <regex>

#include "calendar/deadline_status.h"
#include "calendar_test_support.h"
#include "text/catalog.h"

using namespace hotline;
using namespace hotline::calendar;
using test::at;
using test::shipped_calendar;

namespace {

DeadlineStatus status_at(std::string_view now, std::string_view due) {
  return deadline_status(shipped_calendar(), at(now), at(due));
}

base::Message msg(std::string key, std::string name, std::string value) {
  return base::Message{std::move(key), {{std::move(name), std::move(value)}}};
}

text::Catalog load_catalog(text::Language language) {
  const std::string path =
      std::string(HOTLINE_SOURCE_DIR) + "/assets/i18n/" + std::string(text::language_tag(language)) + "/calendar.json";
  INFO(path);
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  auto catalog = text::Catalog::parse(std::string(std::istreambuf_iterator<char>(in), {}));
  REQUIRE(catalog.has_value());
  return std::move(catalog).value();
}

// Every message the module can produce, one of each key.
std::vector<base::Message> all_messages() {
  const std::string due = "2026-02-26T00:00:00+08:00";
  return {
      status_at("2026-02-13T20:00:00+08:00", due).message,
      status_at("2026-02-24T10:00:00+08:00", due).message,
      status_at("2026-02-25T10:00:00+08:00", due).message,
      status_at("2026-02-26T10:00:00+08:00", due).message,
      status_at("2026-02-27T10:00:00+08:00", due).message,
      status_at("2026-03-07T10:00:00+08:00", "2026-03-07T00:00:00+08:00").message,
      deadline_error_message(DeadlineError{DeadlineErrorKind::UnknownYear, 2027}),
      deadline_error_message(DeadlineError{DeadlineErrorKind::OutOfRange}),
  };
}

}  // namespace

TEST_CASE("on time: working days left after today") {
  const std::string due = "2026-02-26T00:00:00+08:00";
  const DeadlineStatus three = status_at("2026-02-13T20:00:00+08:00", due);
  CHECK(three.phase == DeadlinePhase::OnTime);
  CHECK(three.working_days == 3);
  CHECK(three.message == msg("calendar.remaining.days", "days", "3"));
  const DeadlineStatus one = status_at("2026-02-24T10:00:00+08:00", due);
  CHECK(one.working_days == 1);
  CHECK(one.message == msg("calendar.remaining.one_day", "days", "1"));
}

TEST_CASE("due today: whole hours left, rounded up") {
  const std::string due = "2026-02-26T00:00:00+08:00";
  const DeadlineStatus morning = status_at("2026-02-25T10:00:00+08:00", due);
  CHECK(morning.phase == DeadlinePhase::DueToday);
  CHECK(morning.hours == 14);
  CHECK(morning.message == msg("calendar.remaining.today", "hours", "14"));
  CHECK(status_at("2026-02-25T22:30:00+08:00", due).hours == 2);
  CHECK(status_at("2026-02-25T23:59:59+08:00", due).hours == 1);
}

TEST_CASE("overdue: working days once one has begun, hours before that") {
  const std::string due = "2026-02-26T00:00:00+08:00";
  const DeadlineStatus at_due = status_at(due, due);
  CHECK(at_due.phase == DeadlinePhase::Overdue);
  CHECK(at_due.working_days == 1);
  CHECK(at_due.hours == 1);
  CHECK(at_due.message == msg("calendar.overdue.one_day", "days", "1"));
  const DeadlineStatus two = status_at("2026-02-27T10:00:00+08:00", due);
  CHECK(two.working_days == 2);
  CHECK(two.hours == 34);
  CHECK(two.message == msg("calendar.overdue.days", "days", "2"));
  const DeadlineStatus weekend = status_at("2026-03-07T10:00:00+08:00", "2026-03-07T00:00:00+08:00");
  CHECK(weekend.phase == DeadlinePhase::Overdue);
  CHECK(weekend.working_days == 0);
  CHECK(weekend.message == msg("calendar.overdue.hours", "hours", "10"));
}

TEST_CASE("an unknown year is said, not guessed") {
  const DeadlineStatus before = status_at("2026-12-20T10:00:00+08:00", "2027-01-06T00:00:00+08:00");
  CHECK(before.phase == DeadlinePhase::Unknown);
  CHECK(before.message == msg("calendar.unknown_year", "year", "2027"));
  const DeadlineStatus after = status_at("2027-01-08T10:00:00+08:00", "2027-01-06T00:00:00+08:00");
  CHECK(after.phase == DeadlinePhase::Unknown);
  CHECK(after.message == msg("calendar.unknown_year", "year", "2027"));
  CHECK(deadline_error_message(DeadlineError{DeadlineErrorKind::NegativeWorkingDays}) ==
        base::Message{"calendar.deadline_unavailable", {}});
}

TEST_CASE("every message key exists in every language with its placeholders") {
  const std::regex placeholder(R"(\{[a-z_]+\})");
  for (const text::Language language : text::kAllLanguages) {
    const text::Catalog catalog = load_catalog(language);
    for (const base::Message& message : all_messages()) {
      INFO(text::language_tag(language) << " " << message.key);
      const std::string* pattern = catalog.find(message.key);
      REQUIRE(pattern != nullptr);
      std::size_t named = 0;
      for (std::sregex_iterator it(pattern->begin(), pattern->end(), placeholder), end; it != end; ++it) {
        ++named;
        bool supplied = false;
        for (const auto& param : message.params) {
          supplied = supplied || it->str() == "{" + param.name + "}";
        }
        CHECK(supplied);
      }
      CHECK(named == message.params.size());
    }
  }
}

TEST_CASE("messages render as citizens read them") {
  text::Strings strings;
  for (const text::Language language : text::kAllLanguages) {
    strings.set_catalog(language, load_catalog(language));
  }
  const std::vector<base::Message> messages = all_messages();
  CHECK(strings.format(messages[0]) == "还剩 3 个工作日");
  CHECK(strings.format(messages[2]) == "今天到期，还剩 14 小时");
  CHECK(strings.format(messages[4]) == "已超期 2 个工作日");
  CHECK(strings.format(messages[6]) == "2027 年的节假日安排尚未公布，暂时无法计算办理期限");
  strings.set_language(text::Language::En);
  CHECK(strings.format(messages[0]) == "3 working days left");
  CHECK(strings.format(messages[1]) == "1 working day left");
  CHECK(strings.format(messages[5]) == "Overdue by 10 h");
  strings.set_language(text::Language::ZhTW);
  CHECK(strings.format(messages[3]) == "已超期 1 個工作日");
}
