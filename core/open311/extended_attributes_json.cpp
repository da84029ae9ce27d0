// extended_attributes: request type, channel, timeline notes, deadline, rating, query code, photos.
#include "open311/extended_attributes_json.h"

#include "open311/attachment_json.h"
#include "open311/json_write.h"

namespace hotline::open311::detail {
namespace {

template <typename Enum>
std::optional<std::string> code_of(const std::optional<Enum>& value) {
  if (!value) {
    return std::nullopt;
  }
  return std::string(to_code(*value));
}

Json note_to_json(const TimelineNote& note) {
  Json object = {{"summary", note.summary}, {"datetime", note.datetime}};
  put(object, "type", note.type);
  put(object, "description", note.description);
  put(object, "step", code_of(note.step));
  put(object, "unit_id", note.unit_id);
  put(object, "unit_name", note.unit_name);
  if (!note.reply_media.empty()) {
    object["reply_media"] = array_of(note.reply_media, attachment_to_json);
  }
  return object;
}

TimelineNote read_note(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  TimelineNote note;
  note.summary = reader.required_text("summary");
  note.type = reader.text("type");
  note.description = reader.text("description");
  note.datetime = reader.required_datetime("datetime");
  note.step = reader.code("step", &workflow::step_from_code);
  note.unit_id = reader.id("unit_id");
  note.unit_name = reader.text("unit_name");
  note.reply_media =
      read_array<domain::Attachment>(reader.find("reply_media"), reader.path("reply_media"), context, read_attachment);
  return note;
}

Deadline read_deadline(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  Deadline deadline;
  deadline.due_datetime = reader.required_datetime("due_datetime");
  deadline.overdue = reader.flag("overdue").value_or(false);
  return deadline;
}

Rating read_rating(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  Rating rating;
  rating.satisfaction =
      reader.required_code("satisfaction", &workflow::satisfaction_from_code, workflow::Satisfaction::Satisfied);
  rating.comment = reader.text("comment");
  rating.datetime = reader.required_datetime("datetime");
  return rating;
}

}  // namespace

Json extended_attributes_to_json(const ExtendedAttributes& extended) {
  Json object = Json::object();
  put(object, "request_type", code_of(extended.request_type));
  put(object, "channel", code_of(extended.channel));
  if (!extended.notes.empty()) {
    object["notes"] = array_of(extended.notes, note_to_json);
  }
  if (extended.deadline) {
    object["deadline"] = {{"due_datetime", extended.deadline->due_datetime}, {"overdue", extended.deadline->overdue}};
  }
  if (extended.rating) {
    Json rating = {{"satisfaction", to_code(extended.rating->satisfaction)}, {"datetime", extended.rating->datetime}};
    put(rating, "comment", extended.rating->comment);
    object["rating"] = rating;
  }
  put(object, "query_code", extended.query_code);
  if (!extended.photos.empty()) {
    object["photos"] = array_of(extended.photos, attachment_to_json);
  }
  return object;
}

ExtendedAttributes read_extended_attributes(const Json& value, const std::string& path, DecodeContext& context) {
  ObjectReader reader(value, path, context);
  ExtendedAttributes extended;
  extended.request_type = reader.code("request_type", &domain::request_type_from_code);
  extended.channel = reader.code("channel", &domain::channel_from_code);
  extended.notes = read_array<TimelineNote>(reader.find("notes"), reader.path("notes"), context, read_note);
  if (const Json* deadline = reader.find("deadline")) {
    extended.deadline = read_deadline(*deadline, reader.path("deadline"), context);
  }
  if (const Json* rating = reader.find("rating")) {
    extended.rating = read_rating(*rating, reader.path("rating"), context);
  }
  extended.query_code = reader.id("query_code");
  extended.photos =
      read_array<domain::Attachment>(reader.find("photos"), reader.path("photos"), context, read_attachment);
  return extended;
}

}  // namespace hotline::open311::detail
