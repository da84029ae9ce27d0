// Test tool for xml_roundtrip.py: the core's XML writer on a JSON document read from stdin.
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#include "open311/xml_body.h"

int main(int argc, char** argv) {
  using hotline::open311::XmlDocument;
  if (argc != 2) {
    std::fprintf(stderr, "usage: xml_echo discovery|services|service_definition|service_requests|errors < json\n");
    return 2;
  }
  const std::string_view kind = argv[1];
  XmlDocument document = XmlDocument::Errors;
  if (kind == "discovery") {
    document = XmlDocument::Discovery;
  } else if (kind == "services") {
    document = XmlDocument::Services;
  } else if (kind == "service_definition") {
    document = XmlDocument::ServiceDefinition;
  } else if (kind == "service_requests") {
    document = XmlDocument::ServiceRequests;
  } else if (kind != "errors") {
    std::fprintf(stderr, "xml_echo: unknown document %s\n", argv[1]);
    return 2;
  }
  const std::string json((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  const auto xml = hotline::open311::json_body_to_xml(json, document);
  if (!xml) {
    std::fprintf(stderr, "xml_echo: stdin is not JSON\n");
    return 1;
  }
  std::fwrite(xml->data(), 1, xml->size(), stdout);
  return 0;
}
