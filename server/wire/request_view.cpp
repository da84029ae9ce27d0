// RequestRecord -> open311::ServiceRequest per audience (see request_view.h).
#include "wire/request_view.h"

#include <cmath>

#include "calendar/shanghai_time.h"
#include "cases/case_replay.h"
#include "workflow/open311_status.h"

namespace hotline::server {

namespace {

double blur(double degrees) {
  return std::round(degrees * 1000.0) / 1000.0;
}

domain::Attachment published(const MediaRecord& media, const Presentation& how) {
  domain::Attachment a = attachment_of(media);
  a.media_url = how.public_base + a.media_url;
  return a;
}

open311::TimelineNote note_of(const Backend& backend, const TimelineEntry& e, Audience audience,
                              const Presentation& how) {
  open311::TimelineNote note;
  // Words for people; `type` beside them is the action's code for programs.
  note.summary = backend.workflow_words.summary(e.action, how.language);
  note.type = std::string(workflow::to_code(e.action));
  // A rejection reason or a reply is public; a citizen's own rating comment is shown to them only.
  if (!e.note.empty() && (e.action != workflow::Action::Rate || audience != Audience::Public)) {
    note.description = e.note;
  }
  note.datetime = calendar::to_iso8601_shanghai(e.at);
  note.step = e.step;
  if (!e.unit.empty()) {
    note.unit_id = e.unit;
    note.unit_name = e.unit_name;
  }
  for (const auto& m : e.media) {
    note.reply_media.push_back(published(m, how));
  }
  return note;
}

}  // namespace

bool is_overdue(const RequestRecord& record, calendar::Instant now) {
  return record.deadline_at && record.step != workflow::Step::Closed && now >= *record.deadline_at;
}

open311::ServiceRequest to_open311(const Backend& backend, const RequestRecord& r, Audience audience, bool extensions,
                                   const Presentation& how) {
  const bool personal = audience != Audience::Public;
  open311::ServiceRequest out;
  out.service_request_id = r.number;
  out.status = workflow::open311_status(r.step) == workflow::Open311Status::Closed ? open311::Status::Closed
                                                                                   : open311::Status::Open;
  out.status_notes = r.status_notes;
  const auto name = how.service_names.find(r.service_code);
  out.service_name = name == how.service_names.end() ? r.service_name : name->second;
  out.service_code = r.service_code;
  out.description = r.description;
  if (r.unit && !r.unit_name.empty()) {
    out.agency_responsible = r.unit_name;
  }
  out.requested_datetime = calendar::to_iso8601_shanghai(r.requested_at);
  out.updated_datetime = calendar::to_iso8601_shanghai(r.updated_at);
  if (r.deadline_at) {
    out.expected_datetime = calendar::to_iso8601_shanghai(*r.deadline_at);
  }
  if (personal) {
    out.address = r.address;
    out.address_id = r.address_id;
    out.zipcode = r.zipcode;
    out.lat = r.lat;
    out.lon = r.lon;
  } else if (r.lat && r.lon) {
    out.lat = blur(*r.lat);
    out.lon = blur(*r.lon);
  }
  if (!r.photos.empty()) {
    out.media_url = published(r.photos.front(), how).media_url;
  }
  if (!extensions) {
    return out;
  }
  open311::ExtendedAttributes ext;
  ext.request_type = r.type;
  ext.channel = r.channel;
  for (const auto& entry : r.timeline) {
    ext.notes.push_back(note_of(backend, entry, audience, how));
  }
  if (r.deadline_at) {
    ext.deadline = open311::Deadline{calendar::to_iso8601_shanghai(*r.deadline_at), is_overdue(r, backend.now())};
  }
  if (r.rating && r.rated_at) {
    ext.rating = open311::Rating{*r.rating, personal ? r.rating_comment : std::nullopt,
                                 calendar::to_iso8601_shanghai(*r.rated_at)};
  }
  if (audience == Audience::Owner) {
    ext.query_code = r.query_code;
  }
  for (const auto& m : r.photos) {
    ext.photos.push_back(published(m, how));
  }
  out.extended_attributes = std::move(ext);
  return out;
}

}  // namespace hotline::server
