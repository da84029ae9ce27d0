// Every key the workflow module returns exists, with its placeholders, in all three languages.
#include <catch2/catch.hpp>

#include <vector>

#include "../domain/catalog_fixture.h"
#include "workflow/action.h"
#include "workflow/open311_status.h"
#include "workflow/participants.h"
#include "workflow/satisfaction.h"
#include "workflow/step.h"
#include "workflow/transition_error.h"

using namespace hotline;
using hotline::testing::load_area_catalog;
using hotline::testing::require_key;

TEST_CASE("workflow catalogs cover every step, satisfaction, action, role and error") {
  const auto reference = load_area_catalog(text::Language::ZhCN, "workflow");
  for (const text::Language language : text::kAllLanguages) {
    INFO("language " << text::language_tag(language));
    const auto catalog = load_area_catalog(language, "workflow");
    CHECK(catalog.keys() == reference.keys());
    for (const auto& [step, code] : workflow::kStepCodes) {
      require_key(catalog, workflow::label_key(step));
    }
    for (const auto& [s, code] : workflow::kSatisfactionCodes) {
      require_key(catalog, workflow::label_key(s));
    }
    for (const auto& [action, code] : workflow::kActionCodes) {
      require_key(catalog, workflow::label_key(action));
    }
    for (const auto& [role, code] : workflow::kRoleCodes) {
      require_key(catalog, workflow::label_key(role));
    }
    for (const auto& [error, code] : workflow::kTransitionErrorCodes) {
      const bool has_max =
          error == workflow::TransitionErrorCode::TextTooLong || error == workflow::TransitionErrorCode::TooManyPhotos;
      require_key(catalog, workflow::message_key(error),
                  has_max ? std::vector<std::string_view>{"{max}"} : std::vector<std::string_view>{});
    }
    require_key(catalog, workflow::label_key(workflow::Open311Status::Open));
    require_key(catalog, workflow::label_key(workflow::Open311Status::Closed));
  }
}
