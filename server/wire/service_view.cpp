// Services and service definitions as Open311 answers (see service_view.h).
#include "wire/service_view.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/validation_rules.h"
#include "open311/extension_attribute_codes.h"

namespace hotline::server {

namespace {

// One text in zh-CN, zh-TW and en, indexed by text::Language.
using Phrase = std::array<std::string_view, 3>;

std::string say(const Phrase& phrase, text::Language language) {
  return std::string(phrase[static_cast<std::size_t>(language)]);
}

// A seed translation, or the zh-CN original where the seed has none.
const std::string& translated(const std::string& zh_cn, const std::string& zh_tw, const std::string& en,
                              text::Language language) {
  const std::string& chosen = language == text::Language::ZhTW ? zh_tw : language == text::Language::En ? en : zh_cn;
  return chosen.empty() ? zh_cn : chosen;
}

// What validate_request insists on beyond the service code, in words a client developer can build a
// form from: GeoReport v2 has no other place for the core fields a service needs.
std::string submission_rules(const ServiceRecord& s) {
  const domain::ValidationRules rules;
  const bool needs_place = s.category.needs_location && (s.category.type == domain::RequestType::Complaint ||
                                                         s.category.type == domain::RequestType::HelpRequest);
  std::string text = "Required: description";
  text += needs_place ? "; lat and long, or address_string" : "";
  text += rules.anonymous_allowed(s.category.type)
              ? "; first_name or last_name, and phone (a mainland mobile number), unless attribute[anonymous] is "
                "true, which then forbids them"
              : "; first_name or last_name, and phone (a mainland mobile number): this service cannot be "
                "anonymous";
  text += "; attribute[kiosk_station] for kiosk clients. Optional: email, attribute[resident_id].";
  return text;
}

std::vector<open311::AttributeValue> yes_no(text::Language language) {
  return {{"false", say({"否", "否", "No"}, language)}, {"true", say({"是", "是", "Yes"}, language)}};
}

}  // namespace

open311::Service service_view(const ServiceRecord& s, text::Language language, bool extensions) {
  open311::Service out;
  out.service_code = s.category.code;
  out.service_name = service_name(s, language);
  out.description = translated(s.description, s.zh_tw.description, s.en.description, language);
  out.metadata = true;
  out.type = open311::ServiceType::Realtime;
  std::string keywords = s.keywords;
  std::replace(keywords.begin(), keywords.end(), ' ', ',');
  out.keywords = keywords;
  out.group = translated(s.group, s.zh_tw.group, s.en.group, language);
  if (extensions) {
    out.extensions = open311::ServiceExtensions{s.category.type, s.category.needs_location,
                                                domain::legal_deadline_working_days(s.category)};
  }
  return out;
}

const std::string& service_name(const ServiceRecord& s, text::Language language) {
  return translated(s.category.name_zh_cn, s.category.name_zh_tw, s.category.name_en, language);
}

// Our extension fields, so that generic Open311 clients can discover and send them, and (variable:
// false) the rules for the core fields, which stay in English: they are for client developers.
open311::ServiceDefinition definition_view(const ServiceRecord& s, text::Language language, bool kiosk_client) {
  using open311::Datatype;
  open311::ServiceDefinition def;
  def.service_code = s.category.code;
  def.attributes.push_back(
      {false, "submission_rules", Datatype::Text, false, std::nullopt, 0, submission_rules(s), {}});
  def.attributes.push_back(
      {true,
       std::string(open311::kAttrResidentId),
       Datatype::String,
       false,
       "18-character resident ID",
       1,
       say({"居民身份证号码（选填）", "居民身分證號碼（選填）", "Resident ID number (optional)"}, language),
       {}});
  def.attributes.push_back({true, std::string(open311::kAttrAnonymous), Datatype::SingleValueList, false, std::nullopt,
                            2, say({"匿名反映", "匿名反映", "Report anonymously"}, language), yes_no(language)});
  def.attributes.push_back({true, std::string(open311::kAttrShowName), Datatype::SingleValueList, false, std::nullopt,
                            3, say({"公开显示姓名", "公開顯示姓名", "Show my name publicly"}, language),
                            yes_no(language)});
  def.attributes.push_back({true,
                            std::string(open311::kAttrKioskStation),
                            Datatype::String,
                            kiosk_client,
                            "kiosk terminal id",
                            4,
                            say({"自助终端编号", "自助終端編號", "Self-service kiosk number"}, language),
                            {}});
  return def;
}

}  // namespace hotline::server
