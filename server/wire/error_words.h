// 400 descriptions in plain words for Open311 client developers: the Open311 parameter that was
// refused and what is wrong with it, in English, or in Chinese when the client asks for it
// (wants_chinese()).
#pragma once

#include <string>
#include <string_view>

#include "domain/field_error.h"
#include "open311/api_error.h"
#include "open311/decode_error.h"

namespace hotline::server {

// One error element of a refused submission: code 400, "<parameter>: <words>", and the field_error
// "<field>.<error>" a client maps back to its own form field.
open311::ApiError describe_field_error(const domain::FieldError& error, bool chinese);

// "<parameter>: <words>" for a request whose fields could not be read at all (a number that is not
// one, a field sent twice, a bad percent escape): the decoder's path is the parameter name.
std::string describe_decode_error(const open311::DecodeError& error, bool chinese);

// A rating whose satisfaction is none of the wire codes (citizen rating and operator rate alike).
std::string describe_satisfaction_error(bool chinese);

// "<parameter>: <words>" for a refusal worded where it is found (filters, bodies, uploads, headers).
std::string describe(std::string_view parameter, std::string_view english, std::string_view chinese_words,
                     bool chinese);

}  // namespace hotline::server
