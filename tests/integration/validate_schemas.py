#!/usr/bin/env python3
"""Starts hotline-server on a loopback port and validates its answers against the Open311
GeoReport v2 JSON Schemas (copied into tests/integration/schemas/)."""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

import warnings

import jsonschema

# RefResolver is deprecated in recent jsonschema releases but still works, and needs no extra package.
warnings.filterwarnings("ignore", category=DeprecationWarning)


def main(server_binary, schema_dir):
    schema_dir = pathlib.Path(schema_dir)
    store = {}
    for path in schema_dir.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        store[path.name] = schema
        store[path.resolve().as_uri()] = schema
    resolver_base = schema_dir.resolve().as_uri() + "/"

    def validate(document, schema_name):
        schema = store[schema_name]
        resolver = jsonschema.RefResolver(resolver_base, schema, store=store)
        jsonschema.validate(document, schema, resolver=resolver)

    with tempfile.TemporaryDirectory() as tmp:
        config = pathlib.Path(tmp) / "config.json"
        config.write_text(json.dumps({"api_keys": [{"client": "web", "key": "schema-test-key", "channel": "web"}],
                                      "operator_tokens": ["schema-operator-token-0123"]}))
        proc = subprocess.Popen([server_binary, "serve", "--port", "0", "--db", os.path.join(tmp, "h.db"),
                                 "--seed", "--config", str(config), "--access-log", "off"],
                                stdout=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline().strip()
            base = line.split("listening on ")[1] + "/open311/v2"

            def get(path):
                with urllib.request.urlopen(base + path, timeout=10) as res:
                    return json.loads(res.read().decode("utf-8"))

            def post(path, fields, headers=None):
                data = urllib.parse.urlencode(fields).encode()
                req = urllib.request.Request(base + path, data=data, headers=headers or {})
                with urllib.request.urlopen(req, timeout=10) as res:
                    return json.loads(res.read().decode("utf-8"))

            validate(get("/services.json"), "services.json")
            validate(get("/services.json?extensions=true"), "services.json")
            validate(get("/services/BJ-0101.json"), "service-definition.json")
            created = post("/requests.json", {"api_key": "schema-test-key", "service_code": "BJ-0122",
                                              "description": "五四路口路灯连续三晚不亮", "lat": "26.09",
                                              "long": "119.30", "address_string": "鼓楼区五四路",
                                              "first_name": "芳", "last_name": "李", "phone": "13900001111"})
            number = created[0]["service_request_id"]
            auth = {"Authorization": "Bearer schema-operator-token-0123"}
            post(f"/operator/requests/{number}/accept.json", {}, auth)
            post(f"/operator/requests/{number}/dispatch.json", {"unit": "FZCGW"}, auth)
            for extensions in ("false", "true"):
                validate(get(f"/requests.json?extensions={extensions}"), "requests.json")
                one = get(f"/requests/{number}.json?extensions={extensions}")
                validate(one, "requests.json")
                validate(one[0], "request.json")
            print("Open311 schemas: services, service definition, requests, request: valid")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
