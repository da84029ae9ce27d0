#!/usr/bin/env python3
"""Byte scan for a citizen's traces after a kiosk visit was wiped.

usage: scan_traces.py (--files DIR [--skip PATH]... | --heap-of-parent) [--hex] [--fragments] TEXT...

--files DIR: every file under DIR (the kiosk's storage folder), as raw bytes; any JPEG there (a
  photo of the visit) counts as a trace too.
--heap-of-parent: the writable memory of the process that started this one (the kiosk runs this
  script from a scenario's exec step): its heap and anonymous mappings, read from /proc/PID/mem.
--skip PATH: a file or folder under DIR left out (the stored record of a request still waiting to be
  sent, which must keep the form until it is delivered).
--hex: each TEXT is the hex of its UTF-8 bytes (the kiosk holds this script's arguments: given as
  they are, they would be found in its own scenario step).
--fragments: look for pieces, not whole texts: every run of 6 digits of a text of digits (a mobile or
  ID number), every 2 consecutive characters of any other text (a name or an address).
Each TEXT is looked for as UTF-8, form-encoded, JSON-escaped and, for ASCII texts, as UTF-16LE too. Exits 1 naming every place a
text was found.
"""
import json
import os
import pathlib
import re
import sys
import urllib.parse

JPEG = b"\xff\xd8\xff"  # start of image and the first marker
MAX_MAPPING = 1 << 30  # sanitizer shadow and reserved regions are huge and hold no data of ours


def needles(texts):
    """Each text as stored anywhere: raw UTF-8, form-encoded (drafts and the outbox keep Open311 forms:
    %XX), JSON-escaped (\\uXXXX), and UTF-16 for ASCII texts."""
    out = []
    for text in texts:
        forms = {
            "": text.encode("utf-8"),
            " (form-encoded)": urllib.parse.quote_plus(text, safe="*-._").encode(),
            " (JSON-escaped)": json.dumps(text)[1:-1].encode(),
        }
        if text.isascii():
            forms[" (UTF-16)"] = text.encode("utf-16-le")
        seen = set()
        for suffix, needle in forms.items():
            if needle not in seen:
                seen.add(needle)
                out.append((text + suffix, needle))
    return out


def fragments(texts):
    """Every run of 6 digits of a number, every 2 consecutive characters of other text."""
    out = []
    for text in texts:
        size = 6 if text.isdigit() else 2
        for i in range(len(text) - size + 1):
            if text[i:i + size] not in out:
                out.append(text[i:i + size])
    return out


def scan_files(root, wanted, skipped=()):
    found = []
    skipped = [pathlib.Path(root, s).resolve() for s in skipped]
    files = [p for p in pathlib.Path(root).rglob("*")
             if p.is_file() and not any(p.resolve() == s or s in p.resolve().parents for s in skipped)]
    for path in files:
        data = path.read_bytes()
        found += [f"{label} in {path}" for label, needle in wanted + [("a JPEG photo", JPEG)] if needle in data]
    print(f"scanned {len(files)} files under {root}")
    return found


def scan_parent(wanted):
    pid = os.getppid()
    found = []
    scanned = 0
    mapping = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) rw\S* \S+ \S+ (\d+)\s*(.*)$")
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            m = mapping.match(line.strip())
            if not m:
                continue
            start, end, inode, name = int(m.group(1), 16), int(m.group(2), 16), m.group(3), m.group(4)
            # The heap and anonymous memory (malloc arenas, large blocks); not files nor stacks.
            if inode != "0" or (name and name != "[heap]") or end - start > MAX_MAPPING:
                continue
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except OSError:
                continue
            scanned += len(data)
            for label, needle in wanted:
                at = data.find(needle)
                if at >= 0:
                    found.append(f"{label} at 0x{start + at:x} ({name or 'anonymous'})")
    print(f"scanned {scanned} bytes of process {pid}'s heap")
    return found


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("--files", "--heap-of-parent"):
        print(__doc__, file=sys.stderr)
        return 2
    texts = sys.argv[3:] if sys.argv[1] == "--files" else sys.argv[2:]
    skipped, hexed, pieces = [], False, False
    while texts and texts[0] in ("--skip", "--hex", "--fragments"):
        flag = texts.pop(0)
        if flag == "--skip" and texts:
            skipped.append(texts.pop(0))
        hexed |= flag == "--hex"
        pieces |= flag == "--fragments"
    if hexed:
        texts = [bytes.fromhex(t).decode("utf-8") for t in texts]
    if pieces:
        texts = fragments(texts)
    if sys.argv[1] == "--files":
        found = scan_files(sys.argv[2], needles(texts), skipped)
    else:
        found = scan_parent(needles(texts))
    for place in found:
        print(f"FOUND: {place}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
