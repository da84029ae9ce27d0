// The form's draft record keeps everything the citizen typed and the step they were on; its personal
// text leaves nothing behind in its buffers.
#include <catch2/catch.hpp>

#include "app/form_state.h"
#include "base/buffer_checks.h"

using namespace hotline;

TEST_CASE("a form survives its draft record, photos and location included") {
  app::FormState form;
  form.type = domain::RequestType::HelpRequest;
  form.service_code = "QZ-0101";
  form.description = "老人摔倒了 𠮷";
  form.place = app::PlaceChoice::MyLocation;
  form.point = domain::GeoPoint{26.0745, 119.2965};
  form.name = "陈";
  form.mobile = "13800138000";
  form.resident_id = "350102199001011234";
  form.keep_name_private = false;
  form.send_photo_location = true;
  form.step = app::Screen::Contact;
  api::Photo photo;
  photo.id = "abc";
  photo.content_type = "image/jpeg";
  photo.bytes = "\xFF\xD8";
  form.photos.push_back(photo);
  const app::FormState back = app::from_draft(app::to_draft(form));
  CHECK(back.type == form.type);
  CHECK(back.description == form.description);
  CHECK(back.place == form.place);
  REQUIRE(back.point.has_value());
  CHECK(back.point->lat == Approx(26.0745));
  CHECK(back.point->lon == Approx(119.2965));
  CHECK(back.resident_id == form.resident_id);
  CHECK(back.keep_name_private == false);
  CHECK(back.send_photo_location == true);
  CHECK(back.step == app::Screen::Contact);
  CHECK(back.photos == form.photos);
}

TEST_CASE("a draft naming a screen outside the form restarts at the category") {
  api::Draft draft;
  draft.fields = {{"type", "complaint"}, {"step", "confirmation"}, {"lat", "x"}, {"lon", "1"}};
  const app::FormState form = app::from_draft(draft);
  CHECK(form.step == app::Screen::Category);
  CHECK_FALSE(form.point.has_value());
  CHECK(form.keep_name_private);  // private unless the citizen said otherwise
}

TEST_CASE("the request keeps only the place the citizen chose") {
  app::FormState form;
  form.type = domain::RequestType::Complaint;
  form.address = "typed earlier";
  form.point = domain::GeoPoint{26.0, 119.0};
  form.place = app::PlaceChoice::Station;
  const api::RequestForm request = app::to_request_form(form, domain::Channel::Kiosk, "GL-01", "地铁1号线南门兜站");
  CHECK(request.request.location.address == "地铁1号线南门兜站");
  CHECK(request.request.location.kiosk_station_id == "GL-01");
  CHECK_FALSE(request.request.location.point.has_value());
}

TEST_CASE("the form's personal text leaves no fragment in its buffer when corrected or cleared") {
  // A plain std::string keeps "3805910123" after assigning "1", and the whole number after clear():
  // the 6-digit runs a heap scan of the kiosk would find after the wipe.
  app::FormState form;
  form.mobile = "13805910123";
  form.resident_id = "350102198001012340";
  form.name = "王秀英";
  form.address = "鼓楼区五四路158号";
  form.description = "建议在南门兜地铁站出口增设共享单车停放点";
  form.mobile = "1";
  form.resident_id = "35";
  form.name = "王";
  form.address.clear();
  form.description = "建议";
  CHECK(testing::tail_is_clear(form.mobile));
  CHECK(testing::tail_is_clear(form.resident_id));
  CHECK(testing::tail_is_clear(form.name));
  CHECK(testing::tail_is_clear(form.address));
  CHECK(testing::tail_is_clear(form.description));
}
