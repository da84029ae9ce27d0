// The legal deadline table: working days per request type.
#include <catch2/catch.hpp>

#include "domain/deadline.h"
#include "domain/service_category.h"

using namespace hotline::domain;

TEST_CASE("legal deadlines in working days per request type") {
  CHECK(legal_deadline_working_days(RequestType::Consultation, false) == 2);
  CHECK(legal_deadline_working_days(RequestType::Complaint, false) == 10);
  CHECK(legal_deadline_working_days(RequestType::Complaint, true) == 3);
  CHECK(legal_deadline_working_days(RequestType::Suggestion, false) == 5);
  CHECK(legal_deadline_working_days(RequestType::HelpRequest, false) == 3);
  // the convenience list only shortens complaints
  CHECK(legal_deadline_working_days(RequestType::Consultation, true) == 2);
  CHECK(legal_deadline_working_days(RequestType::Suggestion, true) == 5);
  CHECK(legal_deadline_working_days(RequestType::HelpRequest, true) == 3);
  const ServiceCategory water{"water_outage", "停水", "停水", "Water outage", RequestType::Complaint, true, true};
  CHECK(legal_deadline_working_days(water) == 3);
}
