// JSON-to-XML writing for GeoReport v2 answers (see xml_body.h).
#include "open311/xml_body.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace hotline::open311 {
namespace {

using Json = nlohmann::json;

constexpr char32_t kReplacement = 0xFFFD;

// The item element of each list the encoders write; a list not named here gets "item".
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kItemNames = {{
    {"endpoints", "endpoint"},
    {"formats", "format"},
    {"attributes", "attribute"},
    {"values", "value"},
    {"notes", "note"},
    {"photos", "photo"},
    {"reply_media", "media"},
}};

std::string_view item_name(std::string_view list) {
  for (const auto& [wrapper, item] : kItemNames) {
    if (wrapper == list) {
      return item;
    }
  }
  return "item";
}

// GeoReport v2's element order for the documents that have one (the spec's examples, which XML
// clients mapping elements onto objects may rely on); members not named here follow in key order.
struct ElementOrder {
  std::string_view element;
  std::vector<std::string_view> children;
};
const std::array<ElementOrder, 8> kElementOrders = {{
    {"discovery", {"changeset", "contact", "key_service", "endpoints"}},
    {"endpoint", {"specification", "url", "changeset", "type", "formats"}},
    {"service", {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}},
    {"service_definition", {"service_code", "attributes"}},
    {"attribute",
     {"variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"}},
    {"value", {"key", "name"}},
    // Requests, POST answers (service_request_id or token, service_notice, account_id) and tokens.
    {"request",
     {"service_request_id", "token", "status", "status_notes", "service_name", "service_code", "description",
      "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
      "address_id", "zipcode", "lat", "long", "media_url", "account_id"}},
    {"error", {"code", "description"}},
}};

const std::vector<std::string_view>& order_of(std::string_view element) {
  static const std::vector<std::string_view> none;
  for (const auto& order : kElementOrders) {
    if (order.element == element) {
      return order.children;
    }
  }
  return none;
}

bool xml_can_carry(char32_t cp) {
  if (cp < 0x20) {
    return cp == '\t' || cp == '\n' || cp == '\r';
  }
  return cp != 0xFFFE && cp != 0xFFFF;
}

void write_value(std::string& out, std::string_view name, const Json& value);

void write_children(std::string& out, const Json& value, std::string_view name) {
  if (value.is_object()) {
    const auto& order = order_of(name);
    for (const std::string_view key : order) {
      if (const auto child = value.find(key); child != value.end()) {
        write_value(out, key, *child);
      }
    }
    for (const auto& [key, child] : value.items()) {
      if (std::find(order.begin(), order.end(), key) == order.end()) {
        write_value(out, key, child);
      }
    }
  } else if (value.is_array()) {
    for (const auto& item : value) {
      write_value(out, item_name(name), item);
    }
  } else if (value.is_string()) {
    out += xml_escape(value.get_ref<const std::string&>());
  } else if (!value.is_null()) {
    // Numbers and booleans: the JSON spelling is also the XML Schema one (true, 26.08, 3).
    out += value.dump();
  }
}

void write_value(std::string& out, std::string_view name, const Json& value) {
  out += '<';
  out += name;
  out += '>';
  write_children(out, value, name);
  out += "</";
  out += name;
  out += '>';
}

std::pair<std::string_view, std::string_view> root_of(XmlDocument kind) {
  switch (kind) {
    case XmlDocument::Discovery:
      return {"discovery", ""};
    case XmlDocument::Services:
      return {"services", "service"};
    case XmlDocument::ServiceDefinition:
      return {"service_definition", ""};
    case XmlDocument::ServiceRequests:
      return {"service_requests", "request"};
    case XmlDocument::Errors:
      return {"errors", "error"};
  }
  return {"document", "item"};
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = text::decode_next(text, pos);
    if (!cp) {
      ++pos;  // one replacement per byte that does not start a valid sequence
      text::append_utf8(out, kReplacement);
      continue;
    }
    switch (*cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\r':
        out += "&#13;";  // a literal CR would reach the reader as LF (XML 1.0 section 2.11)
        break;
      default:
        text::append_utf8(out, xml_can_carry(*cp) ? *cp : kReplacement);
    }
  }
  return out;
}

std::string to_xml_body(const Json& document, XmlDocument kind) {
  const auto [root, item] = root_of(kind);
  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>)";
  out += '<';
  out += root;
  out += '>';
  if (document.is_array()) {
    for (const auto& element : document) {
      write_value(out, item, element);
    }
  } else {
    write_children(out, document, root);
  }
  out += "</";
  out += root;
  out += '>';
  return out;
}

std::optional<std::string> json_body_to_xml(std::string_view json_body, XmlDocument kind) {
  const Json document = Json::parse(json_body, nullptr, false);
  if (document.is_discarded()) {
    return std::nullopt;
  }
  return to_xml_body(document, kind);
}

}  // namespace hotline::open311
