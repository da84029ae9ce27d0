#!/usr/bin/env python3
"""Records real hotline-server answers for the api unit tests, so the client is tested against the
wire format the server really sends, not against the encoders it decodes with.

  record.py <hotline-server> <out dir>            writes <name>.http files (status line, headers, body)
  record.py <hotline-server> <out dir> --check <recorded dir>
                                                  records afresh and fails when an answer's status,
                                                  protocol headers or JSON shape differ from the recording
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

KEY = "dev-kiosk-key"
IDEMPOTENCY_KEY = "0123456789abcdef0123456789abcdef"
# Headers the client acts on; the others (Date, Content-Length, ...) vary or do not matter.
KEPT_HEADERS = ("content-type", "idempotent-replayed", "retry-after", "etag")


def start(server, db):
    proc = subprocess.Popen([server, "serve", "--port", "0", "--db", db, "--seed", "--access-log", "off"],
                            stdout=subprocess.PIPE, text=True)
    for line in proc.stdout:
        m = re.search(r"listening on http://[^:]+:(\d+)", line)
        if m:
            return proc, f"http://127.0.0.1:{m.group(1)}/open311/v2"
    raise SystemExit("record.py: hotline-server did not start")


def call(method, url, form=None, headers=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    try:
        with urllib.request.urlopen(req) as res:
            return res.status, res.headers, res.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode()


def write(out_dir, name, answer):
    status, headers, body = answer
    kept = "".join(f"{h}: {headers[h]}\r\n" for h in KEPT_HEADERS if headers.get(h) is not None)
    with open(os.path.join(out_dir, name + ".http"), "w", encoding="utf-8", newline="") as f:
        f.write(f"HTTP/1.1 {status}\r\n{kept}\r\n{body}")


def record(server, out_dir):
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start(server, os.path.join(tmp, "h.db"))
        try:
            submission = {"api_key": KEY, "service_code": "ZX-0201", "description": "录制的咨询：公积金怎么提取？",
                          "last_name": "王", "first_name": "小明", "phone": "13912345678",
                          "attribute[kiosk_station]": "FT-001"}
            headers = {"Idempotency-Key": IDEMPOTENCY_KEY}
            created = call("POST", f"{base}/requests.json", submission, headers)
            write(out_dir, "created_200", created)
            write(out_dir, "created_replay_200", call("POST", f"{base}/requests.json", submission, headers))
            number = json.loads(created[2])[0]["service_request_id"]
            write(out_dir, "error_400_mobile",
                  call("POST", f"{base}/requests.json", dict(submission, phone="12345")))
            write(out_dir, "error_403_query_code",
                  call("GET", f"{base}/requests/{number}.json?extensions=true&query_code=AAAAAAAAAA"))
            code = json.loads(created[2])[0]["service_notice"].split(":", 1)[1]
            write(out_dir, "error_409_workflow",
                  call("POST", f"{base}/requests/{number}/rating.json",
                       {"api_key": KEY, "query_code": code, "satisfaction": "satisfied"}))
            write(out_dir, "requests_200",
                  call("GET", f"{base}/requests.json?extensions=true&service_request_id={number}"))
            write(out_dir, "services_en_200",
                  call("GET", f"{base}/services.json?extensions=true", headers={"Accept-Language": "en"}))
            street_light = {"api_key": KEY, "service_code": "BJ-0122", "description": "录制的投诉：五四路口路灯不亮",
                            "lat": "26.0871", "long": "119.2958", "address_string": "鼓楼区五四路",
                            "last_name": "李", "first_name": "芳", "phone": "13900001111",
                            "attribute[kiosk_station]": "FT-001"}
            call("POST", f"{base}/requests.json", street_light)
            write(out_dir, "nearby_200",
                  call("GET", f"{base}/requests.json?service_code=BJ-0122&lat=26.086900&long=119.295800&radius=500"))
            write(out_dir, "guides_service_200", call("GET", f"{base}/guides.json?service_code=ZX-0301"))
        finally:
            proc.terminate()
            proc.wait()


def parse(path):
    text = open(path, encoding="utf-8", newline="").read()
    head, body = text.split("\r\n\r\n", 1)
    lines = head.split("\r\n")
    headers = {line.split(":", 1)[0].lower() for line in lines[1:]}
    return lines[0], headers, body


def shape(value):
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(v) for v in value[:1]]
    return type(value).__name__


def check(fresh_dir, recorded_dir):
    problems = []
    names = sorted(n for n in os.listdir(recorded_dir) if n.endswith(".http"))
    if not names:
        problems.append(f"no recordings in {recorded_dir}")
    for name in names:
        old, new = parse(os.path.join(recorded_dir, name)), parse(os.path.join(fresh_dir, name))
        if old[0] != new[0] or old[1] != new[1]:
            problems.append(f"{name}: {old[0]} {sorted(old[1])} is now {new[0]} {sorted(new[1])}")
        elif name.startswith("error_") and old[2] != new[2]:
            # The client parses error descriptions ("field: key"): their text is part of the wire.
            problems.append(f"{name}: the error changed:\n  recorded {old[2]}\n  now      {new[2]}")
        elif shape(json.loads(old[2])) != shape(json.loads(new[2])):
            problems.append(f"{name}: the JSON shape changed:\n  recorded {old[2]}\n  now      {new[2]}")
    for p in problems:
        print("stale recording:", p)
    print(f"{len(names)} recordings checked, {len(problems)} stale (re-record with record.py)")
    return not problems


def main():
    if len(sys.argv) not in (3, 5):
        raise SystemExit(__doc__)
    record(sys.argv[1], sys.argv[2])
    if len(sys.argv) == 5:
        sys.exit(0 if check(sys.argv[2], sys.argv[4]) else 1)


if __name__ == "__main__":
    main()
