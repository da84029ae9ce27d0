// The request viewer: one request's detail with the department's reply photos, its rating or rework
// request, and the look-up of any request by number and query code. Screens read it and change it
// through its actions only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "api/pending.h"
#include "app/model_core.h"
#include "app/reply_photos.h"
#include "open311/service_request.h"
#include "workflow/satisfaction.h"

namespace hotline::app {

class RequestViewer {
 public:
  explicit RequestViewer(ModelCore& core);

  // ---- what the detail, rating and look-up screens show
  const api::Pending<open311::ServiceRequest>& detail() const { return core_.visit.detail; }
  const ReplyPhotos& reply_photos() const { return reply_photos_; }
  const api::Pending<api::StepUpdate>& rating() const { return core_.visit.rating; }
  const RatingForm& rating_form() const { return core_.visit.rating_form; }
  const base::SecureString& lookup_number() const { return core_.visit.lookup_number; }
  const base::SecureString& lookup_code() const { return core_.visit.lookup_code; }
  const api::Pending<open311::ServiceRequest>& lookup() const { return core_.visit.lookup; }
  // The query code the app knows for a request (stored, or just typed in the look-up), if any.
  std::optional<std::string> query_code_of(const std::string& number) const;

  // ---- what the citizen does
  void open_request(const std::string& number);
  void reload_detail();
  // Starts the download the first time the detail screen shows a reply photo; its state afterwards.
  ReplyPhotos::State want_reply_photo(const std::string& media_url) { return reply_photos_.want(media_url); }
  void set_satisfaction(workflow::Satisfaction satisfaction);
  void set_rework(bool rework);
  void set_rating_comment(std::string_view comment);
  void rate(workflow::Satisfaction satisfaction, const std::string& comment);
  void ask_rework(const std::string& reason);
  void set_lookup_number(std::string_view number);
  void set_lookup_code(std::string_view code);
  void look_up();

  // ---- for the app model
  // Results it acts on itself, whichever screen polls them (a look-up found, a rating sent).
  void tick();
  // A fresh look-up screen (no earlier answer on it).
  void reset_lookup() { core_.visit.lookup.reset(); }
  // Reply photos are decoded pixels (a megabyte each): kept while the citizen looks, not afterwards.
  void drop_reply_photos() { reply_photos_.clear(); }

 private:
  void lookup_finished();

  ModelCore& core_;
  ReplyPhotos reply_photos_;
};

}  // namespace hotline::app
