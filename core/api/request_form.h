// The citizen's filled form and how it becomes the Open311 fields of POST requests.json, extension
// attributes included: the one mapping the app sends by and the reference server reads back.
#pragma once

#include <vector>

#include "domain/service_request.h"
#include "open311/form_urlencoded.h"
#include "open311/new_request.h"

namespace hotline::api {

// What the citizen filled in. The request's type is not sent: the server takes it from the service's
// category; its channel comes from the client's api_key; its photos travel as media parts.
struct RequestForm {
  domain::ServiceRequest request;
  // Answers to the service definition's own attributes (services/{code}.json). An answer under one of
  // our extension codes is ignored: the form's own field for it wins.
  std::vector<open311::AttributeAnswer> answers;
};

// Empty texts are left out (the server counts them as absent). The whole name goes in last_name: a
// Chinese name is written family name first and cannot be split reliably, and the server reads the
// name back as last_name + first_name. anonymous and show_name are always sent, "true" or "false".
open311::NewRequest to_new_request(const RequestForm& form);
std::vector<open311::FormField> to_open311_fields(const RequestForm& form);

}  // namespace hotline::api
