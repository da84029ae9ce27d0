"""Compares a GeoReport v2 XML document (read by xml.etree) with the JSON one (read by json) it
should carry: the same fields, lists and text, under the spec's element names, in the spec's order."""
import xml.etree.ElementTree as ET

ITEM_NAMES = {"endpoints": "endpoint", "formats": "format", "attributes": "attribute", "values": "value",
              "notes": "note", "photos": "photo", "reply_media": "media"}
ROOTS = {"discovery": ("discovery", None), "services": ("services", "service"),
         "service_definition": ("service_definition", None), "service_requests": ("service_requests", "request"),
         "errors": ("errors", "error")}


def compare(element, value, path):
    """Raises AssertionError naming the first difference between an element and a JSON value."""
    if isinstance(value, dict):
        tags = [child.tag for child in element]
        assert sorted(tags) == sorted(value.keys()), f"{path}: elements {sorted(tags)} != keys {sorted(value)}"
        for child in element:
            compare(child, value[child.tag], f"{path}/{child.tag}")
    elif isinstance(value, list):
        item = ITEM_NAMES.get(element.tag, "item")
        children = list(element)
        assert len(children) == len(value), f"{path}: {len(children)} elements != {len(value)} items"
        for i, (child, entry) in enumerate(zip(children, value)):
            assert child.tag == item, f"{path}[{i}]: <{child.tag}> != <{item}>"
            compare(child, entry, f"{path}/{item}[{i}]")
    else:
        assert len(element) == 0, f"{path}: unexpected child elements"
        text = element.text or ""
        if isinstance(value, bool):
            assert text == ("true" if value else "false"), f"{path}: {text!r} != {value!r}"
        elif isinstance(value, (int, float)):
            assert float(text) == float(value), f"{path}: {text!r} != {value!r}"
        else:
            assert text == value, f"{path}: {text!r} != {value!r}"


def compare_document(xml_bytes, json_value, kind):
    """Parses xml_bytes and compares it with json_value as the document `kind` (see ROOTS)."""
    root = ET.fromstring(xml_bytes)
    name, item = ROOTS[kind]
    assert root.tag == name, f"root <{root.tag}> != <{name}>"
    if item is None:
        compare(root, json_value, name)
    else:
        children = list(root)
        assert len(children) == len(json_value), f"{name}: {len(children)} elements != {len(json_value)} items"
        for i, (child, entry) in enumerate(zip(children, json_value)):
            assert child.tag == item, f"{name}[{i}]: <{child.tag}> != <{item}>"
            compare(child, entry, f"{name}/{item}[{i}]")


# GeoReport v2's element order (the spec's documents and examples); members not listed (our extensions)
# come after these.
SPEC_ORDER = {
    "discovery": ["changeset", "contact", "key_service", "endpoints"],
    "endpoint": ["specification", "url", "changeset", "type", "formats"],
    "service": ["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
    "service_definition": ["service_code", "attributes"],
    "attribute": ["variable", "code", "datatype", "required", "datatype_description", "order", "description",
                  "values"],
    "value": ["key", "name"],
    "request": ["service_request_id", "token", "status", "status_notes", "service_name", "service_code",
                "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
                "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url", "account_id"],
    "error": ["code", "description"],
}


def check_order(element, where):
    """Every element's children in the spec's order, extensions after the spec's members."""
    order = SPEC_ORDER.get(element.tag)
    if order is not None:
        ranks = [order.index(child.tag) if child.tag in order else len(order) for child in element]
        assert ranks == sorted(ranks), f"{where}: <{element.tag}> children out of spec order: " + \
            ", ".join(child.tag for child in element)
    for child in element:
        check_order(child, where)
