// A citizen's new request: Open311 fields plus our attributes and uploaded photos, validated by the
// core's domain rules, then stored with its first timeline entry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "backend.h"
#include "domain/field_error.h"
#include "http/auth.h"
#include "open311/api_error.h"
#include "open311/new_request.h"
#include "store/request_store.h"

namespace hotline::server {

struct Submission {
  open311::NewRequest request;
  ApiClient client;
  std::vector<PreparedMedia> photos;  // written by submit() only once the request is valid
  std::optional<IdempotencyKey> idempotency_key;
};

struct Submitted {
  std::string number;
  std::string token;
  // Also on a replay: the idempotency key is a secret only the submitting device holds, and when the
  // first answer was lost in transit the replay is the citizen's only way to learn the code.
  std::string query_code;
  bool replayed = false;
};

// Why a submission was refused: a storage or lookup failure (errors), or the fields the domain rules
// refused (field_errors, http_status 400), which the route describes in the client's language.
struct SubmissionError {
  int http_status = 400;
  std::vector<open311::ApiError> errors;
  std::vector<domain::FieldError> field_errors;
};

base::Expected<Submitted, SubmissionError> submit(Backend& backend, const Submission& submission);

}  // namespace hotline::server
