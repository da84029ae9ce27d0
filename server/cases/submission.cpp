// Validation and storage of new requests (see submission.h).
#include "cases/submission.h"

#include "calendar/shanghai_time.h"
#include "cases/case_replay.h"
#include "domain/random_source.h"
#include "domain/request_number.h"
#include "domain/request_validation.h"
#include "open311/extension_attribute_codes.h"
#include "store/catalog_store.h"
#include "store/storage_failure.h"

namespace hotline::server {

namespace {

std::optional<std::string> attribute(const open311::NewRequest& r, std::string_view code) {
  for (const auto& a : r.attributes) {
    if (a.code == code && !a.values.empty()) {
      return a.values.front();
    }
  }
  return std::nullopt;
}

SubmissionError single_error(int status, std::string description) {
  return SubmissionError{status, {open311::ApiError{status, std::move(description)}}};
}

SubmissionError storage_error(std::string_view context, std::string_view detail) {
  log_storage_failure(context, detail);
  return single_error(storage_failure_status(detail), kStorageUnavailable);
}

domain::ServiceRequest to_domain(const Submission& s, const ServiceRecord& service) {
  const auto& in = s.request;
  domain::ServiceRequest out;
  out.type = service.category.type;
  out.service_code = in.service_code;
  out.description = in.description.value_or("");
  if (in.lat && in.lon) {
    out.location.point = domain::GeoPoint{*in.lat, *in.lon};
  }
  out.location.address = in.address_string.value_or("");
  out.location.kiosk_station_id = attribute(in, open311::kAttrKioskStation).value_or("");
  out.contact.anonymous = attribute(in, open311::kAttrAnonymous) == std::optional<std::string>("true");
  // Chinese order: family name first.
  out.contact.name = in.last_name.value_or("") + in.first_name.value_or("");
  out.contact.mobile = in.phone.value_or("");
  out.contact.resident_id = attribute(in, open311::kAttrResidentId).value_or("");
  out.contact.show_name_publicly = attribute(in, open311::kAttrShowName) == std::optional<std::string>("true");
  out.channel = s.client.channel;
  for (const auto& photo : s.photos) {
    out.attachments.push_back(attachment_of(photo.record));
  }
  return out;
}

std::optional<std::string> non_empty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional(text);
}

}  // namespace

base::Expected<Submitted, SubmissionError> submit(Backend& backend, const Submission& s) {
  if (s.idempotency_key) {
    auto known = backend.requests->number_for_key(*s.idempotency_key);
    if (!known) {
      return base::unexpected(storage_error("looking up an idempotency key", known.error().detail));
    }
    if (*known) {
      auto original = backend.requests->find(**known, false);
      if (original && *original) {
        return Submitted{(*original)->number, (*original)->token, (*original)->query_code, true};
      }
    }
  }
  std::optional<ServiceRecord> service;
  {
    auto reader = backend.pool->read();
    if (!reader) {
      return base::unexpected(storage_error("opening a reader", reader.error().detail));
    }
    auto found = find_service(reader->db(), s.request.service_code);
    if (!found) {
      return base::unexpected(storage_error("reading a service", found.error().detail));
    }
    service = std::move(*found);
  }
  if (!service) {
    return base::unexpected(single_error(404, "service_code: unknown service " + s.request.service_code));
  }
  const calendar::Instant now = backend.now();
  const calendar::Date today = calendar::shanghai_date(now);
  auto valid = domain::validate_request(to_domain(s, *service), &service->category, domain::ValidationRules{}, today);
  if (!valid) {
    return base::unexpected(SubmissionError{400, {}, valid.error()});
  }
  const domain::ServiceRequest& v = *valid;
  const workflow::Actor submitter{workflow::Role::Citizen, s.request.account_id.value_or(""), ""};
  const workflow::Case c =
      workflow::Case::submit(v.type, service->category.on_convenience_list, centre_unit(), submitter, now);
  const workflow::Event& first = c.timeline().front();

  RequestRecord r;
  r.token = domain::random_hex_128(*backend.random);
  r.query_code = domain::generate_query_code(*backend.random);
  r.service_code = v.service_code;
  r.type = v.type;
  r.channel = s.client.channel;
  r.client = s.client.name;
  r.step = first.step;
  r.description = v.description;
  r.address = non_empty(v.location.address);
  r.address_id = s.request.address_id;
  if (v.location.point) {
    r.lat = v.location.point->lat;
    r.lon = v.location.point->lon;
  }
  r.kiosk_station = non_empty(v.location.kiosk_station_id);
  r.anonymous = v.contact.anonymous;
  r.contact_name = non_empty(v.contact.name);
  r.mobile = non_empty(v.contact.mobile);
  r.email = s.request.email;
  r.resident_id = non_empty(v.contact.resident_id);
  r.device_id = s.request.device_id;
  r.account_id = s.request.account_id;
  r.unit = first.holder.id;
  r.requested_at = now;
  r.updated_at = now;
  for (const auto& photo : s.photos) {
    r.photos.push_back(photo.record);
  }
  TimelineEntry entry;
  entry.seq = 1;
  entry.action = first.action;
  entry.step = first.step;
  entry.unit = first.holder.id;
  entry.actor_role = first.actor.role;
  entry.actor_id = first.actor.id;
  entry.at = first.at;
  r.timeline.push_back(entry);

  if (auto written = backend.media->put(s.photos); !written) {
    return base::unexpected(storage_error("storing media", written.error().detail));
  }
  auto stored = backend.requests->insert(r, s.idempotency_key);
  if (!stored) {
    return base::unexpected(storage_error("storing a request", stored.error().detail));
  }
  if (stored->replayed) {
    auto original = backend.requests->find(stored->number, false);
    if (!original) {
      return base::unexpected(storage_error("reading a replayed request", original.error().detail));
    }
    if (!*original) {
      return base::unexpected(storage_error("reading a replayed request", "stored but not found"));
    }
    return Submitted{stored->number, (*original)->token, (*original)->query_code, true};
  }
  return Submitted{stored->number, r.token, r.query_code, false};
}

}  // namespace hotline::server
