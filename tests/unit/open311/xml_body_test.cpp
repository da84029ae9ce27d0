// The XML writer: escaping of what a citizen can type, and GeoReport v2's element names and wrappers.
#include <catch2/catch.hpp>

#include <string>

#include "open311/api_error.h"
#include "open311/service.h"
#include "open311/service_definition.h"
#include "open311/xml_body.h"

using namespace hotline::open311;

namespace {

const std::string kDeclaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";

}  // namespace

TEST_CASE("markup and CDATA ends typed by a citizen stay text") {
  CHECK(xml_escape(R"(a & b <c> "d" 'e' ]]>)") == R"(a &amp; b &lt;c&gt; "d" 'e' ]]&gt;)");
  CHECK(xml_escape("&amp;") == "&amp;amp;");
  CHECK(xml_escape("五四路\t口\n") == "五四路\t口\n");
}

TEST_CASE("a carriage return survives a parser's line-end normalisation") {
  CHECK(xml_escape("a\r\nb\rc") == "a&#13;\nb&#13;c");
}

TEST_CASE("what XML 1.0 cannot carry becomes U+FFFD, never invalid XML") {
  CHECK(xml_escape(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(xml_escape("\x01\x1F\x7F") == "\xEF\xBF\xBD\xEF\xBF\xBD\x7F");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE, U+FFFF
  CHECK(xml_escape("\xC3(") == "\xEF\xBF\xBD(");                                // not UTF-8
  CHECK(xml_escape("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");                  // U+1F600 is carried
}

TEST_CASE("services are <services><service> with the JSON fields as elements, in the spec's order") {
  Service service{"BJ-0122", "路灯不亮", std::nullopt, true, ServiceType::Realtime, "路灯,照明", std::nullopt};
  const auto xml = json_body_to_xml(encode_services({service}), XmlDocument::Services);
  REQUIRE(xml.has_value());
  CHECK(*xml == kDeclaration +
                    "<services><service><service_code>BJ-0122</service_code><service_name>路灯不亮</service_name>"
                    "<metadata>true</metadata><type>realtime</type><keywords>路灯,照明</keywords>"
                    "</service></services>");
}

TEST_CASE("a service definition wraps attributes and values, in the spec's order") {
  ServiceDefinition definition;
  definition.service_code = "BJ-0101";
  definition.attributes.push_back(
      {true, "anonymous", Datatype::SingleValueList, true, std::nullopt, 1, "匿名", {{"false", "否"}}});
  const auto xml = json_body_to_xml(encode_service_definition(definition), XmlDocument::ServiceDefinition);
  REQUIRE(xml.has_value());
  CHECK(*xml == kDeclaration +
                    "<service_definition><service_code>BJ-0101</service_code><attributes><attribute>"
                    "<variable>true</variable><code>anonymous</code><datatype>singlevaluelist</datatype>"
                    "<required>true</required><order>1</order><description>匿名</description>"
                    "<values><value><key>false</key><name>否</name></value></values></attribute></attributes>"
                    "</service_definition>");
}

TEST_CASE("errors are <errors><error><code/><description/>") {
  const auto xml = json_body_to_xml(encode_errors({{400, "phone: <missing>"}, {404, "no"}}), XmlDocument::Errors);
  REQUIRE(xml.has_value());
  CHECK(*xml == kDeclaration +
                    "<errors><error><code>400</code><description>phone: &lt;missing&gt;</description></error>"
                    "<error><code>404</code><description>no</description></error></errors>");
}

TEST_CASE("a request's spec members come in the spec's order, extensions after them") {
  const auto xml = json_body_to_xml(
      R"([{"zipcode": "350001", "status": "open", "extended_attributes": {"channel": "web"}, "lat": 26.08,
           "service_request_id": "1", "media_url": "https://h/media/x", "description": "d"}])",
      XmlDocument::ServiceRequests);
  REQUIRE(xml.has_value());
  CHECK(*xml == kDeclaration +
                    "<service_requests><request><service_request_id>1</service_request_id><status>open</status>"
                    "<description>d</description><zipcode>350001</zipcode><lat>26.08</lat>"
                    "<media_url>https://h/media/x</media_url><extended_attributes><channel>web</channel>"
                    "</extended_attributes></request></service_requests>");
}

TEST_CASE("a body that is not JSON has no XML form") {
  CHECK_FALSE(json_body_to_xml("[{", XmlDocument::Errors).has_value());
}
