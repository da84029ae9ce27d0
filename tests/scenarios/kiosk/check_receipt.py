#!/usr/bin/env python3
"""Decodes a receipt's QR code with zbarimg and compares it with the request's look-up URL.

usage: check_receipt.py RECEIPT.png LOOKUP_TEMPLATE NUMBER CODE
       check_receipt.py --claim RECEIPT_DIR LOOKUP_TEMPLATE VARIABLES.json
(LOOKUP_TEMPLATE as in the kiosk's configuration, with {number} and {code})

--claim: the folder holds exactly one receipt, a claim receipt (a request still waiting to be sent):
its QR code is the look-up URL with two runs of 32 hex digits, the claim's key and secret, which are
written to VARIABLES.json as CLAIM_KEY and CLAIM_SECRET (run_scenarios.py passes them on), and
character by character in upper case, as the kiosk's keys show them (CLAIM_KEY_1 ... CLAIM_KEY_32,
CLAIM_SECRET_1 ...), for a scenario that types them key by key.

The kiosk prints on a thread of its own: the receipt is waited for (up to WAIT_S seconds); it is
written whole (renamed into place), so once there it is complete.
"""
import json
import pathlib
import re
import subprocess
import sys
import time

WAIT_S = 20


def decode(receipt):
    result = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", receipt],
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAIL: zbarimg found no QR code in {receipt} (status {result.returncode}): {result.stderr}",
              file=sys.stderr)
        return None
    return result.stdout.strip()


def wait_for(find):
    """What find() returns once it is truthy, or its last answer after WAIT_S seconds."""
    deadline = time.monotonic() + WAIT_S
    found = find()
    while not found and time.monotonic() < deadline:
        time.sleep(0.1)
        found = find()
    return found


def claim(folder, template, variables):
    receipts = wait_for(lambda: sorted(pathlib.Path(folder).glob("*.png")))
    if len(receipts) != 1:
        print(f"FAIL: expected one receipt in {folder}, found {[r.name for r in receipts]}", file=sys.stderr)
        return 1
    decoded = decode(str(receipts[0]))
    if decoded is None:
        return 1
    pattern = re.escape(template).replace(re.escape("{number}"), "([0-9a-f]{32})").replace(
        re.escape("{code}"), "([0-9a-f]{32})")
    match = re.fullmatch(pattern, decoded)
    if not match or match.group(1) == match.group(2):
        print(f"FAIL: the receipt's QR code reads {decoded!r}, not a claim for {template!r}", file=sys.stderr)
        return 1
    if receipts[0].name != f"receipt-{match.group(1)}.png":
        print(f"FAIL: {receipts[0].name} is not named after the claim key {match.group(1)}", file=sys.stderr)
        return 1
    found = {"CLAIM_KEY": match.group(1), "CLAIM_SECRET": match.group(2)}
    for name, value in list(found.items()):
        found.update({f"{name}_{i + 1}": c.upper() for i, c in enumerate(value)})
    with open(variables, "w", encoding="utf-8") as f:
        json.dump(found, f)
    print(f"claim receipt {receipts[0]}: QR code -> {decoded}")
    return 0


def main():
    if sys.argv[1] == "--claim":
        return claim(*sys.argv[2:5])
    receipt, template, number, code = sys.argv[1:5]
    expected = template.replace("{number}", number).replace("{code}", code)
    wait_for(lambda: pathlib.Path(receipt).exists())
    decoded = decode(receipt)
    if decoded is None:
        return 1
    if decoded != expected:
        print(f"FAIL: the receipt's QR code reads {decoded!r}, expected {expected!r}", file=sys.stderr)
        return 1
    print(f"receipt {receipt}: QR code -> {decoded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
