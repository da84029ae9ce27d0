// GeoReport v2 XML: the documents the JSON encoders write, with the spec's element names and list wrappers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace hotline::open311 {

// Which GeoReport v2 document a body is; it names the root element and, for lists, the item element.
enum class XmlDocument {
  Discovery,          // <discovery>…<endpoints><endpoint>…<formats><format>
  Services,           // <services><service>
  ServiceDefinition,  // <service_definition>…<attributes><attribute>…<values><value>
  ServiceRequests,    // <service_requests><request> (requests, POST answers, tokens)
  Errors,             // <errors><error><code/><description/></error></errors>
};

// Element content for XML 1.0: &, <, > and \r become references (so "]]>" and line ends survive a
// parser), and what XML 1.0 cannot carry at all (C0 controls other than tab and line feed, U+FFFE,
// U+FFFF, bytes that are not UTF-8) becomes U+FFFD, so the output is always well-formed.
std::string xml_escape(std::string_view text);

// The XML form of a JSON document written by this module's encoders: objects become elements named
// by their keys, arrays a wrapper holding one element per item (named after the wrapper, e.g.
// notes/note, photos/photo), booleans "true"/"false". UTF-8 with an XML declaration.
std::string to_xml_body(const nlohmann::json& document, XmlDocument kind);

// The same from a JSON body; nullopt when the body is not JSON.
std::optional<std::string> json_body_to_xml(std::string_view json_body, XmlDocument kind);

}  // namespace hotline::open311
