#!/usr/bin/env python3
"""Build-time font subset: the UI font holds just the characters the app can show.

The character set is ASCII, CJK and full-width punctuation, the 3,755 most common Chinese characters
(GB 2312 level 1) and every character used in the given asset files (string catalogs, seed data), so
a new catalog string never renders as boxes. Writes the subset font and the character list the app
feeds to Dear ImGui's glyph-range builder.
"""
import argparse
import pathlib
import subprocess
import sys


def gb2312_level1():
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            if hi == 0xD7 and lo > 0xF9:
                break
            chars.append(bytes([hi, lo]).decode("gb2312"))
    return chars


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--font", required=True)
    ap.add_argument("--font-number", default="2", help="index in a .ttc (2 = Noto Sans CJK SC)")
    ap.add_argument("--out-font", required=True)
    ap.add_argument("--out-charset", required=True)
    ap.add_argument("texts", nargs="*", help="UTF-8 files whose characters must be present")
    args = ap.parse_args()

    charset = set(chr(c) for c in range(0x20, 0x7F))
    charset.update(chr(c) for c in range(0x3000, 0x3040))
    charset.update(chr(c) for c in range(0xFF01, 0xFF5F))
    charset.update("…·—–“”‘’•→←↑↓✓✗×÷°¥€±")
    charset.update(gb2312_level1())
    for path in args.texts:
        try:
            charset.update(ch for ch in pathlib.Path(path).read_text(encoding="utf-8") if ch >= " ")
        except (OSError, UnicodeDecodeError) as err:
            sys.exit(f"font_subset: cannot read {path}: {err}")
    text = "".join(sorted(charset))
    out_charset = pathlib.Path(args.out_charset)
    out_charset.parent.mkdir(parents=True, exist_ok=True)
    out_charset.write_text(text, encoding="utf-8")
    cmd = ["pyftsubset", args.font, f"--font-number={args.font_number}", f"--text-file={out_charset}",
           f"--output-file={args.out_font}", "--layout-features=", "--no-hinting", "--desubroutinize",
           "--name-IDs=*", "--notdef-outline"]
    try:
        subprocess.run(cmd, check=True)
    except FileNotFoundError:
        sys.exit("font_subset: pyftsubset not found (Debian package fonttools): run scripts/setup")


if __name__ == "__main__":
    main()
