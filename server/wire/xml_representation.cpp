// Rewriting Open311 JSON answers to `.xml` paths as GeoReport v2 XML (see xml_representation.h).
#include "wire/xml_representation.h"

#include <string>
#include <string_view>

#include "http/etag.h"
#include "open311/xml_body.h"
#include "routes/routes.h"
#include "wire/http_support.h"

namespace hotline::server {

namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

open311::XmlDocument document_of(std::string_view path, int status) {
  using open311::XmlDocument;
  const std::string_view root = kApiRoot;
  path.remove_prefix(root.size());
  if (status >= 400) {
    return XmlDocument::Errors;
  }
  if (path == "/discovery.xml") {
    return XmlDocument::Discovery;
  }
  if (path == "/services.xml") {
    return XmlDocument::Services;
  }
  if (starts_with(path, "/services/")) {
    return XmlDocument::ServiceDefinition;
  }
  return XmlDocument::ServiceRequests;
}

}  // namespace

void finish_xml_answer(const http::Request& req, http::Response& res) {
  if (!starts_with(req.path, std::string(kApiRoot) + "/") || !ends_with(req.path, ".xml") ||
      res.get_header_value("Content-Type") != kJsonType || res.body.empty()) {
    return;
  }
  auto xml = open311::json_body_to_xml(res.body, document_of(req.path, res.status));
  if (!xml) {
    return;
  }
  const bool tagged = res.has_header("ETag");
  res.set_content(std::move(*xml), kXmlType);
  if (tagged) {
    res.replace_header("ETag", strong_etag(res.body));
  }
}

}  // namespace hotline::server
