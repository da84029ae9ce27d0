// Request target decoding (see url_query.h).
#include "http/url_query.h"

#include "open311/form_urlencoded.h"
#include "text/utf8.h"

namespace hotline::server::http {

namespace {

bool is_printable_ascii(std::string_view text) {
  for (const char c : text) {
    if (c < 0x21 || c > 0x7e) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool split_target(std::string_view target, std::string& path, Params& params) {
  const std::size_t question = target.find('?');
  auto decoded_path = open311::percent_decode(target.substr(0, question), false);
  if (!decoded_path || !text::is_valid_utf8(*decoded_path)) {
    return false;
  }
  path = std::move(*decoded_path);
  params.clear();
  if (question == std::string_view::npos) {
    return true;
  }
  std::string_view query = target.substr(question + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) {
      continue;
    }
    auto fields = open311::decode_form(pair);
    if (!fields && fields.error().code != open311::DecodeErrorCode::BadPercentEscape) {
      return false;
    }
    if (fields) {
      for (auto& field : *fields) {
        params.emplace(std::move(field.name), std::move(field.value));
      }
      continue;
    }
    // A value with a bad %-escape ('%' without two hex digits) reaches the route as sent, so that it is refused as any
    // other wrong value of that parameter (a query code with a bad escape is a wrong query code, 403, not a 400 that
    // tells it apart); a bad name, or bytes that are not printable ASCII, are not understood.
    const std::size_t equals = pair.find('=');
    auto name = open311::decode_form(pair.substr(0, equals));
    const std::string_view raw = equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
    if (!name || name->size() != 1 || !is_printable_ascii(raw)) {
      return false;
    }
    params.emplace(std::move((*name)[0].name), std::string(raw));
  }
  return true;
}

}  // namespace hotline::server::http
