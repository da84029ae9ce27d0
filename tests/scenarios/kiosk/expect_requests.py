#!/usr/bin/env python3
"""Checks how many requests the reference backend holds (a scenario's proof that the kiosk's outbox
delivered a request no visit on screen can see).

usage: expect_requests.py OPEN311_ROOT COUNT
"""
import json
import sys
import urllib.request


def main():
    root, count = sys.argv[1], int(sys.argv[2])
    with urllib.request.urlopen(root + "/requests.json", timeout=10) as answer:
        requests = json.load(answer)
    if len(requests) != count:
        print(f"FAIL: the backend holds {len(requests)} requests, expected {count}", file=sys.stderr)
        return 1
    print(f"the backend holds {count} request(s): {[r['service_request_id'] for r in requests]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
