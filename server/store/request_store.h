// Persistence of requests: idempotent insert, lookups, filtered lists and recorded workflow changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/nearby.h"
#include "store/db_pool.h"
#include "store/request_record.h"

namespace hotline::server {

struct IdempotencyKey {
  std::string client;
  std::string key;
  std::string claim_hash;  // hex SHA-256 of the submission's Claim-Secret; empty without one
};

struct InsertOutcome {
  std::string number;
  bool replayed = false;  // the key was seen before: this is the original request
};

// Requests with coordinates inside the box, nearest to the center first (a flat-earth order that is
// exact enough to pick candidates; nearby.h makes the exact cut at radius_m).
struct NearFilter {
  domain::GeoPoint center;
  int radius_m = 0;
  GeoBox box;
};

// Filters of GET requests.json (all optional, combined with AND).
struct RequestFilter {
  std::vector<std::string> numbers;
  std::vector<std::string> service_codes;
  std::optional<bool> closed;
  std::optional<calendar::Instant> requested_from;  // inclusive
  std::optional<calendar::Instant> requested_to;    // inclusive
  std::optional<calendar::Instant> updated_after;   // exclusive
  std::optional<NearFilter> near;
  int page = 1;
  int page_size = 50;
};

// One recorded step of the closed loop; applied only if the case is still at `expected_step`, so two
// operators acting at once cannot both move it.
struct RequestChange {
  workflow::Step expected_step = workflow::Step::Submitted;
  TimelineEntry entry;
  std::optional<std::string> unit;
  std::optional<calendar::Instant> accepted_at;
  std::optional<calendar::Instant> deadline_at;
  std::optional<workflow::Satisfaction> rating;
  std::optional<std::string> rating_comment;
  bool count_rework = false;
  std::optional<std::string> status_notes;
};

enum class ChangeOutcome { Applied, NotFound, Conflict };

class RequestStore {
 public:
  explicit RequestStore(DbPool& pool) : pool_(pool) {}

  // Assigns the public number (YYYYMMDD + the day's serial) and stores the request, its photos and its
  // first timeline entry in one transaction. With a key already used by this client, returns the
  // original request's number instead (also across restarts: the key is stored with the request).
  DbResult<InsertOutcome> insert(RequestRecord record, const std::optional<IdempotencyKey>& key);

  DbResult<std::optional<std::string>> number_for_key(const IdempotencyKey& key);
  // The request a receipt's claim stands for: stored with this key (by any client) and claim hash.
  DbResult<std::optional<std::string>> number_for_claim(const std::string& key, const std::string& claim_hash);
  DbResult<std::optional<RequestRecord>> find(const std::string& number, bool with_history);
  DbResult<std::optional<RequestRecord>> find_by_token(const std::string& token);
  DbResult<std::vector<RequestRecord>> list(const RequestFilter& filter, bool with_history);
  DbResult<ChangeOutcome> apply(const std::string& number, const RequestChange& change);
  // Whether a committed request or timeline entry refers to the media id.
  DbResult<bool> media_is_referenced(const std::string& media_id);

 private:
  DbPool& pool_;
};

}  // namespace hotline::server
