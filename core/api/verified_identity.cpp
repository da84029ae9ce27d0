// Decoder of identity.json's answer (see verified_identity.h).
#include "api/verified_identity.h"

#include "open311/field_reader.h"

namespace hotline::api {

base::Expected<VerifiedIdentity, open311::DecodeError> decode_verified_identity(std::string_view body) {
  return open311::detail::decode_object<VerifiedIdentity>(body, {}, [](open311::detail::ObjectReader& reader) {
    VerifiedIdentity identity;
    identity.name = reader.required_text("name");
    identity.mobile = reader.required_text("mobile");
    return identity;
  });
}

}  // namespace hotline::api
