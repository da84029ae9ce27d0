// The legal handling deadline of each request type, in working days (counted from acceptance).
#pragma once

#include "domain/request_type.h"

namespace hotline::domain {

// 咨询 2, 投诉 10 (3 when the matter is on the city's 便民服务事项清单), 建议 5, 求助 3.
constexpr int legal_deadline_working_days(RequestType type, bool on_convenience_list) {
  switch (type) {
    case RequestType::Consultation:
      return 2;
    case RequestType::Complaint:
      return on_convenience_list ? 3 : 10;
    case RequestType::Suggestion:
      return 5;
    case RequestType::HelpRequest:
      return 3;
  }
  return 2;
}

}  // namespace hotline::domain
