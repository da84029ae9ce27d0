#!/usr/bin/env python3
"""The trace scan finds what it must: fragments of a name, an address, a mobile and an ID number
planted in a folder (raw, form-encoded, JSON-escaped) and in this process's heap; skips only what it is
told to; finds nothing in clean data.

usage: scan_traces_test.py   (exit 0 when every check passed)
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse

SCAN = pathlib.Path(__file__).with_name("scan_traces.py")
NAME, ADDRESS, MOBILE, ID_NUMBER = "王秀英", "鼓楼区五四路158号", "13805910123", "350102198001012340"
TEXTS = [t.encode().hex() for t in (NAME, ADDRESS, MOBILE, ID_NUMBER)]
failures = []


def check(what, ok):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def scan_folder(folder, *extra):
    return subprocess.run([sys.executable, str(SCAN), "--files", folder, *extra, "--hex", "--fragments", *TEXTS],
                          capture_output=True, text=True)


def planted(folder, name, data):
    path = pathlib.Path(folder, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def main():
    with tempfile.TemporaryDirectory() as root:
        planted(root, "settings", b'{"language":"zh-CN","text_size":"large"}')
        check("clean data: nothing found", scan_folder(root).returncode == 0)
        pieces = {
            "2 characters of the name": "秀英".encode(),
            "2 characters of the address, form-encoded": urllib.parse.quote("四路").encode(),
            "6 digits of the mobile": b"x805910x",
            "6 digits of the ID number, JSON-escaped": json.dumps("id 198001").encode(),
            "6 digits of the mobile as UTF-16": "059101".encode("utf-16-le"),
        }
        for what, data in pieces.items():
            with tempfile.TemporaryDirectory() as one:
                planted(one, "outbox/items/x", data)
                result = scan_folder(one)
                check(f"finds {what}", result.returncode == 1 and "FOUND" in result.stderr)
                check(f"--skip leaves out the waiting record ({what})",
                      scan_folder(one, "--skip", "outbox/items").returncode == 0)
        with tempfile.TemporaryDirectory() as one:
            planted(one, "drafts/x", "5位数字13805".encode() + "王".encode())
            check("5 digits and 1 character are not fragments", scan_folder(one).returncode == 0)
    # The heap: this process holds a piece of the ID number; the scan reads its parent's heap.
    held = ("ref " + ID_NUMBER[4:12] + " end").encode() * 1000  # noqa: F841 (kept alive for the scan)
    child = subprocess.run([sys.executable, "-c",
                            "import runpy, sys; sys.argv = " + repr([str(SCAN), "--heap-of-parent", "--hex", "--fragments", *TEXTS])
                            + "; runpy.run_path(sys.argv[0], run_name='__main__')"], capture_output=True, text=True)
    check("finds 6 digits of the ID number in a process's heap", child.returncode == 1 and "FOUND" in child.stderr)
    del held
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
