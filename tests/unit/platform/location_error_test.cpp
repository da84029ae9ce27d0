// LocationError: what the citizen is told for each problem (the detail stays in logs).
#include <catch2/catch.hpp>

#include "platform/location_provider.h"

using hotline::platform::LocationError;
using hotline::platform::LocationProblem;

TEST_CASE("a refused permission and a missing fix are told apart") {
  CHECK(LocationError{LocationProblem::Denied, "code 1"}.message().key == "app.place.location_denied");
  CHECK(LocationError{LocationProblem::Unavailable, ""}.message().key == "app.place.location_unavailable");
  CHECK(LocationError{LocationProblem::Timeout, ""}.message().key == "app.place.location_unavailable");
  CHECK(LocationError{LocationProblem::Denied, "code 1"}.message().params.empty());
}
