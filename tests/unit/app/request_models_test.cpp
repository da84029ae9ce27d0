// The concern models' actions as screens call them: each edit lands in the visit, clears only its own
// field's errors, is saved with the draft and moves the revision a redraw follows.
#include <catch2/catch.hpp>

#include "base/buffer_checks.h"
#include "model_fixture.h"

using namespace hotline;

TEST_CASE("typing into one field clears that field's errors only, and the draft keeps it") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  app::RequestWizard& wizard = m.wizard();
  f.fill_complaint_up_to_review("鼓楼区五四路158号", "路灯不亮已经三天了", "", "12345");
  m.open(app::Screen::Contact);
  wizard.next();
  REQUIRE_FALSE(wizard.errors_for(domain::Field::Mobile).empty());
  REQUIRE_FALSE(wizard.errors_for(domain::Field::ContactName).empty());
  const unsigned before = m.revision();
  wizard.set_field(domain::Field::Mobile, "13800138000");
  CHECK(m.revision() != before);
  CHECK(wizard.form().mobile == "13800138000");
  CHECK(wizard.errors_for(domain::Field::Mobile).empty());
  CHECK_FALSE(wizard.errors_for(domain::Field::ContactName).empty());
  wizard.set_keep_name_private(false);
  f.clock.advance(10'000);
  f.settle();

  f.restart();
  CHECK(f.model().wizard().form().mobile == "13800138000");
  CHECK_FALSE(f.model().wizard().form().keep_name_private);
  CHECK(f.model().route().screen == app::Screen::Contact);
}

TEST_CASE("the category search narrows the list, and choosing a category ends it") {
  testing::ModelFixture f;
  app::RequestWizard& wizard = f.model().wizard();
  wizard.start_request(domain::RequestType::Complaint);
  wizard.set_category_query("井盖");
  CHECK(wizard.category_query() == "井盖");
  REQUIRE(wizard.matching_services(wizard.category_query()).size() == 1);
  wizard.choose_service(wizard.matching_services(wizard.category_query()).front()->service_code);
  CHECK(wizard.category_query().empty());
  CHECK(wizard.form().service_code == "BJ-0101");
  CHECK(f.model().route().screen == app::Screen::Place);
}

TEST_CASE("the rating and look-up forms change through the viewer's actions") {
  testing::ModelFixture f;
  app::AppModel& m = f.model();
  app::RequestViewer& viewer = m.viewer();
  unsigned revision = m.revision();
  const auto moved = [&] {
    const bool changed = m.revision() != revision;
    revision = m.revision();
    return changed;
  };
  viewer.set_satisfaction(workflow::Satisfaction::Unsatisfied);
  CHECK(moved());
  viewer.set_rework(true);
  CHECK(moved());
  viewer.set_rating_comment("井盖还是坏的");
  CHECK(moved());
  CHECK(viewer.rating_form().satisfaction == workflow::Satisfaction::Unsatisfied);
  CHECK(viewer.rating_form().rework);
  CHECK(viewer.rating_form().comment == "井盖还是坏的");
  viewer.set_lookup_number("20251130000009");
  viewer.set_lookup_code("WRQNGCQDE2");
  CHECK(moved());
  CHECK(viewer.query_code_of("20251130000009") == "WRQNGCQDE2");
  CHECK_FALSE(viewer.query_code_of("20251130000010").has_value());
}

TEST_CASE("the look-up's number and code leave no fragment when corrected") {
  testing::ModelFixture f;
  app::RequestViewer& viewer = f.model().viewer();
  // A receipt's claim typed in full, then corrected: a plain string would keep the rest of it.
  viewer.set_lookup_number("0123456789abcdef0123456789abcdef");
  viewer.set_lookup_code("fedcba9876543210fedcba9876543210");
  viewer.set_lookup_number("2025");
  viewer.set_lookup_code("");
  CHECK(viewer.lookup_number() == "2025");
  CHECK(testing::tail_is_clear(viewer.lookup_number()));
  CHECK(testing::tail_is_clear(viewer.lookup_code()));
}

TEST_CASE("an identity card's holder fills the contact, and leaves it empty again") {
  testing::ModelFixture f;
  app::RequestWizard& wizard = f.model().wizard();
  wizard.start_request(domain::RequestType::Complaint);
  wizard.set_identity("王秀英", "350102198001012340");
  CHECK(wizard.form().name == "王秀英");
  CHECK(wizard.form().resident_id == "350102198001012340");
  wizard.set_identity("", "");
  CHECK(wizard.form().name.empty());
  CHECK(wizard.form().resident_id.empty());
}
