// JSON-to-XML writing for GeoReport v2 answers (see xml_body.h).
#include "open311/xml_body.h"

#include <array>
#include <utility>

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

bool xml_can_carry(char32_t cp) {
  if (cp < 0x20) {
    return cp == '\t' || cp == '\n' || cp == '\r';
  }
  return cp != 0xFFFE && cp != 0xFFFF;
}

void write_value(std::string& out, std::string_view name, const Json& value);

void write_children(std::string& out, const Json& value, std::string_view list_name) {
  if (value.is_object()) {
    for (const auto& [key, child] : value.items()) {
      write_value(out, key, child);
    }
  } else if (value.is_array()) {
    for (const auto& item : value) {
      write_value(out, item_name(list_name), item);
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
