// The Open311 view of a catalog service in the answer language: its services.json entry and its
// service definition (services/{code}.json).
#pragma once

#include "open311/service.h"
#include "open311/service_definition.h"
#include "store/catalog_store.h"
#include "text/catalog.h"

namespace hotline::server {

// The service's name in `language`, or the zh-CN one where the seed has no translation.
const std::string& service_name(const ServiceRecord& s, text::Language language);

// extensions: add the request type, location need and legal deadline (services.json?extensions=true).
open311::Service service_view(const ServiceRecord& s, text::Language language, bool extensions);
// kiosk_client: the definition was asked with a kiosk client's api_key, for which the server insists
// on attribute[kiosk_station] (required: true); no other attribute is ever insisted on.
open311::ServiceDefinition definition_view(const ServiceRecord& s, text::Language language, bool kiosk_client);

}  // namespace hotline::server
