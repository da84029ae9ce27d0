// Realistic DTOs shared by the open311 tests: a Fuzhou request with every field and extension set.
#pragma once

#include <vector>

#include "open311/new_request.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/service_request.h"

namespace hotline::open311::fixtures {

domain::Attachment drain_photo();
ServiceRequest full_request();     // every field, Chinese text, all extensions
ServiceRequest minimal_request();  // required fields only
std::vector<Service> services();
ServiceDefinition noise_definition();
NewRequest full_new_request();

}  // namespace hotline::open311::fixtures
