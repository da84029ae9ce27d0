// Configurable limits and policies for validating a citizen's request.
#pragma once

#include <cstddef>

#include "domain/request_type.h"

namespace hotline::domain {

// Open311 GeoReport v2's limit on a request's description, in code points.
inline constexpr std::size_t kMaxDescriptionChars = 4000;
// Photos on one request, and on one department reply.
inline constexpr std::size_t kMaxPhotos = 9;

struct ValidationRules {
  std::size_t description_min_chars = 5;  // "井盖坏了" is too short to act on; the centre may tune it
  std::size_t description_max_chars = kMaxDescriptionChars;
  std::size_t name_max_chars = 50;
  std::size_t address_max_chars = 200;
  std::size_t max_photos = kMaxPhotos;
  // The name is how the agent addresses the citizen on the callback (step 7).
  bool name_required = true;
  // Anonymous requests carry no name, mobile or ID; the citizen follows them with the query code.
  // Complaints and help requests need a callback (the department may have to ask where exactly, the
  // centre revisits), so by default they cannot be anonymous; consultations and suggestions can.
  bool anonymous_consultation = true;
  bool anonymous_complaint = false;
  bool anonymous_suggestion = true;
  bool anonymous_help = false;

  bool anonymous_allowed(RequestType type) const {
    switch (type) {
      case RequestType::Consultation:
        return anonymous_consultation;
      case RequestType::Complaint:
        return anonymous_complaint;
      case RequestType::Suggestion:
        return anonymous_suggestion;
      case RequestType::HelpRequest:
        return anonymous_help;
    }
    return false;
  }
};

}  // namespace hotline::domain
