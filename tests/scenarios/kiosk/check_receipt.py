#!/usr/bin/env python3
"""Decodes a receipt's QR code with zbarimg and compares it with the request's look-up URL.

usage: check_receipt.py RECEIPT.png LOOKUP_TEMPLATE NUMBER CODE
(LOOKUP_TEMPLATE as in the kiosk's configuration, with {number} and {code})
"""
import subprocess
import sys


def main():
    receipt, template, number, code = sys.argv[1:5]
    expected = template.replace("{number}", number).replace("{code}", code)
    result = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", receipt],
                            capture_output=True, text=True)
    if result.returncode != 0:
        print(f"FAIL: zbarimg found no QR code in {receipt} (status {result.returncode}): {result.stderr}",
              file=sys.stderr)
        return 1
    decoded = result.stdout.strip()
    if decoded != expected:
        print(f"FAIL: the receipt's QR code reads {decoded!r}, expected {expected!r}", file=sys.stderr)
        return 1
    print(f"receipt {receipt}: QR code -> {decoded}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
