#!/usr/bin/env python3
"""Starts hotline-server on a loopback port and fetches every Open311 endpoint as .json and as .xml:
both must carry the same data (read by Python's json and xml.etree, independent of the server's
codecs), errors and our extended_attributes included; a .xml POST must create a request."""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from xml_compare import check_order, compare_document

API_KEY = "xml-test-key"
OPERATOR = {"Authorization": "Bearer xml-operator-token-0123"}


def fetch(url, data=None, headers=None):
    """(status, headers, body bytes), for error statuses too."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as res:
            return res.status, res.headers, res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def main(server_binary):
    with tempfile.TemporaryDirectory() as tmp:
        config = pathlib.Path(tmp) / "config.json"
        config.write_text(json.dumps({"api_keys": [{"client": "web", "key": API_KEY, "channel": "web"}],
                                      "endpoints": [{"url": "https://12345.example/open311/v2", "type": "production"},
                                                    {"url": "https://test.12345.example/open311/v2", "type": "test"}],
                                      "operator_tokens": [OPERATOR["Authorization"][7:]]}))
        proc = subprocess.Popen([server_binary, "serve", "--port", "0", "--db", os.path.join(tmp, "h.db"),
                                 "--seed", "--config", str(config), "--access-log", "off"],
                                stdout=subprocess.PIPE, text=True)
        try:
            base = proc.stdout.readline().strip().split("listening on ")[1] + "/open311/v2"
            checked = []

            def both(path, kind, status=200, form=None, headers=None):
                """Fetches path.json and path.xml (query after the extension) and compares them."""
                stem, _, query = path.partition("?")
                query = "?" + query if query else ""
                data = urllib.parse.urlencode(form).encode() if form is not None else None
                js = fetch(f"{base}{stem}.json{query}", data, headers)
                xm = fetch(f"{base}{stem}.xml{query}", data, headers)
                assert js[0] == status and xm[0] == status, f"{path}: statuses {js[0]}, {xm[0]} != {status}"
                assert js[1]["Content-Type"] == "application/json", f"{path}: {js[1]['Content-Type']}"
                assert xm[1]["Content-Type"] == "text/xml", f"{path}: {xm[1]['Content-Type']}"
                assert xm[2].startswith(b'<?xml version="1.0" encoding="UTF-8"?>'), f"{path}: {xm[2][:60]!r}"
                document = json.loads(js[2].decode("utf-8"))
                compare_document(xm[2], document, kind)
                check_order(ET.fromstring(xm[2]), path)
                checked.append(f"{path} ({status})")
                return document

            both("/discovery", "discovery")
            formats = json.loads(fetch(base + "/discovery.json")[2])["endpoints"][0]["formats"]
            assert "text/xml" in formats and "application/json" in formats, formats
            both("/services", "services")
            extended = both("/services?extensions=true", "services")
            assert all(set(s["extended_attributes"]) == {"request_type", "needs_location", "deadline_working_days"}
                       for s in extended), extended[0]
            definition = both("/services/BJ-0101?jurisdiction_id=fuzhou.gov.cn", "service_definition")
            rules = [a for a in definition["attributes"] if a["code"] == "submission_rules"]
            assert rules and not rules[0]["variable"] and "phone" in rules[0]["description"], definition

            # A .xml POST creates a request; its answer is <service_requests><request>.
            form = {"api_key": API_KEY, "service_code": "BJ-0122", "description": "五四路口路灯 <不亮> & \"闪\" ]]>",
                    "lat": "26.09", "long": "119.30", "address_string": "鼓楼区五四路", "first_name": "芳",
                    "last_name": "李", "phone": "13900001111", "jurisdiction_id": "fuzhou.gov.cn"}
            status, headers, body = fetch(base + "/requests.xml", urllib.parse.urlencode(form).encode())
            assert status == 200, (status, body)
            assert headers["Content-Type"] == "text/xml", headers["Content-Type"]
            created = ET.fromstring(body)
            assert created.tag == "service_requests" and created[0].tag == "request", body
            number = created[0].findtext("service_request_id")
            notice = created[0].findtext("service_notice")
            assert number and notice.startswith("query_code:"), body
            check_order(created, "POST /requests.xml")
            checked.append("POST /requests.xml (200)")
            fetch(f"{base}/operator/requests/{number}/accept.json", b"", OPERATOR)
            fetch(f"{base}/operator/requests/{number}/dispatch.json", urllib.parse.urlencode({"unit": "FZCGW"}).encode(),
                  OPERATOR)

            one = both(f"/requests/{number}?extensions=true&query_code={notice[11:]}", "service_requests")
            assert one[0]["description"] == form["description"], one[0]["description"]
            notes = one[0]["extended_attributes"]["notes"]
            assert notes, "the accepted request has timeline notes"
            # Summaries are words (zh-CN without Accept-Language), the action's code beside them.
            assert [n["type"] for n in notes] == ["submit", "accept", "dispatch"], notes
            assert all(n["summary"] and not n["summary"].startswith("workflow.") for n in notes), notes
            english = both(f"/requests/{number}?extensions=true", "service_requests",
                           headers={"Accept-Language": "en"})
            assert english[0]["extended_attributes"]["notes"][0]["summary"] == "Request submitted", english
            both(f"/requests/{number}", "service_requests")
            both("/requests?extensions=true", "service_requests")
            both("/requests?status=open&service_code=BJ-0122", "service_requests")
            # Tolerant dates: a date alone, Z, an offset (its '+' unencoded), milliseconds.
            for start in ("2020-01-01", "2020-01-01T00:00:00Z", "2020-01-01T08:00:00+08:00",
                          "2020-01-01T08:00:00 08:00", "2020-01-01T00:00:00.250Z"):
                query = urllib.parse.urlencode({"start_date": start, "end_date": "2099-12-31",
                                                "jurisdiction_id": "fuzhou.gov.cn"})
                found = both(f"/requests?{query}", "service_requests")
                assert any(r["service_request_id"] == number for r in found), (start, found)

            # The token of a .json POST, followed in both formats.
            token_form = dict(form, description="路灯不亮，请尽快维修")
            status, _, body = fetch(base + "/requests.json", urllib.parse.urlencode(token_form).encode())
            assert status == 200, (status, body)
            both(f"/tokens/{json.loads(body)[0]['token']}", "service_requests")

            # Errors: <errors><error><code/><description/></error></errors>, as the JSON ones.
            both("/services/NO-SUCH", "errors", 404)
            both("/requests/NO-SUCH", "errors", 404)
            both("/tokens/no-such-token", "errors", 404)
            both("/requests?status=pending", "errors", 400)
            both("/requests?start_date=yesterday", "errors", 400)
            both("/no-such-endpoint", "errors", 404)
            both("/requests", "errors", 400, {"api_key": API_KEY, "service_code": "BJ-0122"})
            both("/requests", "errors", 403, {"api_key": "wrong", "service_code": "BJ-0122"})

            # Caching: the XML answer has its own entity tag, and revalidates with it.
            _, json_headers, _ = fetch(base + "/services.json")
            _, xml_headers, _ = fetch(base + "/services.xml")
            assert xml_headers["ETag"] and xml_headers["ETag"] != json_headers["ETag"], xml_headers["ETag"]
            status, _, _ = fetch(base + "/services.xml", None, {"If-None-Match": xml_headers["ETag"]})
            assert status == 304, status
            status, _, _ = fetch(base + "/services.xml", None, {"If-None-Match": json_headers["ETag"]})
            assert status == 200, status

            print("Open311 XML and JSON carry the same data:\n  " + "\n  ".join(checked))
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
