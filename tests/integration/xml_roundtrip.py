#!/usr/bin/env python3
"""Property test of the core's XML writer: random valid UTF-8 in every field of every GeoReport v2
document (as the JSON encoders write them) goes through xml_echo, and Python's xml.etree reads back
exactly the same text, each element's children in GeoReport v2's order; what XML 1.0 cannot carry comes
back as U+FFFD, and never as invalid XML."""
import json
import random
import subprocess
import sys

import xml.etree.ElementTree as ET

from xml_compare import check_order, compare_document

# Text a citizen can type, biased towards what an XML writer gets wrong.
TRICKY = ["&", "<", ">", "]]>", "]]", "<![CDATA[", "&amp;", "&#0;", '"', "'", "\r\n", "\r", "\n", "\t", " ",
          "<!--", "?>", "\u00a0", "\u2028", "\ufeff", "\U0001f600", "福州", "\ufffd", "\ufffc", "\ud7ff",
          "\ue000", "\U0010ffff"]
UNCARRYABLE = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)] + ["\ufffe", "\uffff"]


def random_char(rng):
    plane = rng.random()
    if plane < 0.3:
        code = rng.randrange(0x20, 0x7F)
    elif plane < 0.6:
        code = rng.randrange(0x80, 0xD800)
    elif plane < 0.8:
        code = rng.randrange(0xE000, 0xFFFE)
    else:
        code = rng.randrange(0x10000, 0x110000)
    return chr(code)


def random_text(rng, uncarryable):
    parts = []
    for _ in range(rng.randrange(0, 12)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(rng.choice(TRICKY))
        elif uncarryable and roll < 0.4:
            parts.append(rng.choice(UNCARRYABLE))
        else:
            parts.append(random_char(rng))
    return "".join(parts)


def documents(t):
    """One document of each kind with every field the encoders write, text from t()."""
    attachment = {"url": t(), "content_type": t(), "width": 640, "height": 480, "bytes": 1234}
    note = {"summary": t(), "type": t(), "description": t(), "datetime": t(), "step": t(), "unit_id": t(),
            "unit_name": t(), "reply_media": [attachment, attachment]}
    extended = {"request_type": t(), "channel": t(), "notes": [note, note],
                "deadline": {"due_datetime": t(), "overdue": True},
                "rating": {"satisfaction": t(), "datetime": t(), "comment": t()}, "query_code": t(),
                "photos": [attachment]}
    request = {"service_request_id": t(), "status": t(), "service_code": t(), "requested_datetime": t(),
               "status_notes": t(), "service_name": t(), "description": t(), "agency_responsible": t(),
               "service_notice": t(), "updated_datetime": t(), "expected_datetime": t(), "address": t(),
               "address_id": t(), "zipcode": t(), "lat": 26.08, "long": 119.3, "media_url": t(),
               "extended_attributes": extended}
    return {
        "discovery": {"changeset": t(), "contact": t(), "key_service": t(),
                      "endpoints": [{"specification": t(), "url": t(), "changeset": t(), "type": t(),
                                     "formats": [t(), t()]}]},
        "services": [{"service_code": t(), "service_name": t(), "metadata": False, "type": t(),
                      "description": t(), "keywords": t(), "group": t()}] * 2,
        "service_definition": {"service_code": t(), "attributes": [
            {"variable": True, "code": t(), "datatype": t(), "required": False, "datatype_description": t(),
             "order": 1, "description": t(), "values": [{"key": t(), "name": t()}, {"key": t(), "name": t()}]}]},
        "service_requests": [request, {"service_request_id": t(), "token": t(), "service_notice": t(),
                                       "account_id": t()}],
        "errors": [{"code": 400, "description": t()}, {"code": 404, "description": t()}],
    }


def replaced_text(value):
    """value with every character XML 1.0 cannot carry replaced by U+FFFD."""
    if isinstance(value, dict):
        return {key: replaced_text(entry) for key, entry in value.items()}
    if isinstance(value, list):
        return [replaced_text(entry) for entry in value]
    if isinstance(value, str):
        return value.translate({ord(c): "\ufffd" for c in UNCARRYABLE})
    return value


def run(echo, kind, document):
    body = json.dumps(document, ensure_ascii=False).encode("utf-8")
    out = subprocess.run([echo, kind], input=body, capture_output=True, check=True)
    return out.stdout


def main(echo, rounds=60):
    rng = random.Random(20261130)  # fixed: a failure reproduces
    for round_ in range(rounds):
        carried = documents(lambda: random_text(rng, False))
        for kind, document in carried.items():
            xml = run(echo, kind, document)
            try:
                compare_document(xml, document, kind)
                check_order(ET.fromstring(xml), kind)
            except AssertionError as e:
                raise AssertionError(f"round {round_}, {kind}: {e}\nXML: {xml!r}") from None
        replaced = documents(lambda: random_text(rng, True))
        for kind, document in replaced.items():
            expected = replaced_text(document)
            compare_document(run(echo, kind, document), expected, kind)
    print(f"XML writer: {rounds} rounds of random UTF-8 in every field read back by xml.etree")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
