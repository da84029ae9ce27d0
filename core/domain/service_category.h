// A service category (Open311 "service"): what a citizen picks before describing the problem.
#pragma once

#include <string>

#include "domain/deadline.h"
#include "domain/request_type.h"

namespace hotline::domain {

struct ServiceCategory {
  std::string code;  // Open311 service_code, stable across languages
  // Display names come with the category list from the server, so they are data, not catalog keys.
  std::string name_zh_cn;
  std::string name_zh_tw;
  std::string name_en;
  RequestType type = RequestType::Consultation;
  bool on_convenience_list = false;  // 便民服务事项清单: complaints about it are due in 3 working days
  bool needs_location = false;       // the problem is at a place (drain cover, street light, noise)
};

constexpr int legal_deadline_working_days(const ServiceCategory& category) {
  return legal_deadline_working_days(category.type, category.on_convenience_list);
}

}  // namespace hotline::domain
