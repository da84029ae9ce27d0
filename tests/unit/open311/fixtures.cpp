// Fixture values; times are Beijing time (+08:00) as the hotline records them.
#include "fixtures.h"

namespace hotline::open311::fixtures {

domain::Attachment drain_photo() {
  domain::Attachment photo;
  photo.content_type = "image/jpeg";
  photo.byte_size = 482113;
  photo.width = 2048;
  photo.height = 1536;
  photo.sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  photo.captured_at = "2025-03-10T08:41:07+08:00";
  photo.location = domain::GeoPoint{26.0745, 119.2965};
  photo.media_url = "https://12345.fuzhou.example/media/9f86d081.jpg";
  return photo;
}

ServiceRequest full_request() {
  ServiceRequest r;
  r.service_request_id = "FZ20250310000123";
  r.status = Status::Closed;
  r.status_notes = "已修复，井盖已更换。";
  r.service_name = "井盖破损";
  r.service_code = "3205080101";
  r.description = "鼓楼区五一北路 12 号门口的井盖塌了，晚上很危险 & 有人摔倒 <注意>。";
  r.agency_responsible = "鼓楼区城市管理局";
  r.service_notice = "投诉类诉求将在 10 个工作日内办结。";
  r.requested_datetime = "2025-03-10T08:45:00+08:00";
  r.updated_datetime = "2025-03-12T16:30:00+08:00";
  r.expected_datetime = "2025-03-24T18:00:00+08:00";
  r.address = "福建省福州市鼓楼区五一北路12号";
  r.address_id = "350102-0012";
  r.zipcode = "350001";
  r.lat = 26.0745;
  r.lon = 119.2965;
  r.media_url = "https://12345.fuzhou.example/media/9f86d081.jpg";

  ExtendedAttributes ext;
  ext.request_type = domain::RequestType::Complaint;
  ext.channel = domain::Channel::App;
  TimelineNote submitted{
      "诉求人提交", "opened", std::nullopt, "2025-03-10T08:45:00+08:00", workflow::Step::Submitted, std::nullopt,
      std::nullopt, {}};
  domain::Attachment fixed = drain_photo();
  fixed.sha256 = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
  fixed.captured_at.reset();
  fixed.location.reset();
  fixed.media_url = "https://12345.fuzhou.example/media/2c26b46b.jpg";
  TimelineNote replied{"职能部门回复",          "activity", "已更换新井盖。",   "2025-03-12T16:30:00+08:00",
                       workflow::Step::Replied, "GL-CG-01", "鼓楼区城市管理局", {fixed}};
  ext.notes = {submitted, replied};
  ext.deadline = Deadline{"2025-03-24T18:00:00+08:00", false};
  ext.rating =
      Rating{workflow::Satisfaction::BasicallySatisfied, "处理及时，但回复慢了一点。", "2025-03-13T09:00:00+08:00"};
  ext.query_code = "7Q4K2M";
  ext.photos = {drain_photo()};
  r.extended_attributes = ext;
  return r;
}

ServiceRequest minimal_request() {
  ServiceRequest r;
  r.service_request_id = "FZ20250310000124";
  r.status = Status::Open;
  r.service_code = "consult-social-security";
  r.requested_datetime = "2025-03-10T09:00:00Z";
  return r;
}

std::vector<Service> services() {
  return {
      Service{"3205080101", "井盖破损", "道路上的井盖破损、缺失或移位", true, ServiceType::Realtime, "井盖,下水道,道路",
              "市政公用设施", ServiceExtensions{hotline::domain::RequestType::Complaint, true, 3}},
      Service{"noise-construction", "施工噪音", std::nullopt, true, ServiceType::Batch, std::nullopt, "环境"},
      Service{"consult", "政策咨询", std::nullopt, false, ServiceType::Blackbox, std::nullopt, std::nullopt},
  };
}

ServiceDefinition noise_definition() {
  ServiceAttribute when{true, "WHEN", Datatype::Datetime, true, "噪音开始的时间", 1, "噪音是什么时候开始的？", {}};
  ServiceAttribute kinds{
      true,         "KIND", Datatype::MultiValueList, false,
      std::nullopt, 2,      "噪音来源（可多选）",     {{"drill", "电钻"}, {"truck", "渣土车"}, {"pile", "打桩"}}};
  ServiceAttribute notice{
      false, "NOTICE", Datatype::Text, false, std::nullopt, std::nullopt, "夜间施工须持有夜间施工许可证。", {}};
  return {"noise-construction", {when, kinds, notice}};
}

NewRequest full_new_request() {
  NewRequest r;
  r.api_key = "k-2025/fz+app";
  r.jurisdiction_id = "fuzhou.gov.cn";
  r.service_code = "noise-construction";
  r.description = "晚上 11 点还在打桩，100% 吵得睡不着 & 孩子哭了。";
  r.lat = 26.0745;
  r.lon = 119.2965;
  r.address_string = "福州市台江区江滨中大道 [工地 3 号门]";
  r.address_id = "350103-88";
  r.email = "citizen+12345@example.com";
  r.device_id = "kiosk-0042";
  r.account_id = "acct-77";
  r.first_name = "小明";
  r.last_name = "王";
  r.phone = "13800138000";
  r.media_url = "https://12345.fuzhou.example/media/2c26b46b.jpg";
  r.attributes = {{"WHEN", {"2025-03-10T23:00:00+08:00"}, false}, {"KIND", {"pile", "truck"}, true}};
  return r;
}

}  // namespace hotline::open311::fixtures
