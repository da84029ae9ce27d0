// Request target decoding (see url_query.h).
#include "http/url_query.h"

#include "open311/form_urlencoded.h"
#include "text/utf8.h"

namespace hotline::server::http {

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
  auto fields = open311::decode_form(target.substr(question + 1));
  if (!fields) {
    return false;
  }
  for (auto& field : *fields) {
    params.emplace(std::move(field.name), std::move(field.value));
  }
  return true;
}

}  // namespace hotline::server::http
