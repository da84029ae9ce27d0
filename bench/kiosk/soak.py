#!/usr/bin/env python3
"""Soak: N kiosk visits in a row in one kiosk process; resident memory must not grow beyond 10% after
the first 20 visits (issue 14: the app runs for months unattended).

usage: bench/kiosk/soak.py [--sessions 200] [--native build/native]

Each visit: the ID card placed (simulator), a complaint at the station filled to the review step with a
description and a mobile number (tapped on the on-screen keyboard), the card taken off, "finish" (the
wipe). After each visit an exec
step records the kiosk's VmRSS (/proc/PPID/status: the kiosk runs the step). Runs through
tests/scenarios/run_scenarios.py --kiosk-mode against a fresh reference backend, headless, with
--paint-only-screenshots: every frame is laid out (and its glyph textures updated) as the kiosk does, but
not painted into the invisible 1080x1920 frame buffer, which was most of the ~40 s a visit took (the
card reader's 500 ms polls are now most of it).
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
BASELINE_SESSIONS = 20
LIMIT = 0.10


def visit(i, rss_log):
    card = str(ROOT / "tests/scenarios/kiosk/card-wang.json")
    return [
        {"wait_for": "轻触屏幕开始"},
        {"exec": ["cp", card, "${CARD_FILE}"]},
        {"wait_for": "已读取身份证"},
        {"tap": "投诉", "role": "button"},
        {"tap": "搜索类别", "role": "textbox"},
        {"type": "路灯"},
        {"tap": "路灯", "role": "button"},
        {"tap": "就在这里（地铁1号线南门兜站）", "role": "radio"},
        {"tap": "下一步", "role": "button"},
        # The nearby search answers after the screen shows: tapped before, the button moves under the finger.
        {"wait_for": "附近没有同类的未办结诉求"},
        {"tap": "不是同一个问题，继续反映", "role": "button"},
        {"tap": "问题描述", "role": "textbox"},
        {"type": f"第 {i} 次：站台出口的路灯不亮，晚上看不清台阶。"},
        {"tap": "请写清楚时间、地点和具体情况，方便工作人员处理。", "role": "text"},
        {"tap": "下一步", "role": "button"},
        {"tap": "不添加照片，下一步", "role": "button"},
        {"tap": "手机号码", "role": "textbox"},
        *({"tap": key, "role": "button"} for key in "13805910123"),
        {"tap": "完成", "role": "button"},
        {"tap": "下一步", "role": "button"},
        {"wait_for": "王秀英"},
        {"exec": ["rm", "${CARD_FILE}"]},
        # The reader notices the card gone at its next poll; until then the next visit's card would be
        # the same card still lying there, which starts no visit.
        {"wait_for": "离开前请点"},
        {"tap": "结束办理", "role": "button"},
        {"wait_for": "轻触屏幕开始"},
        {"exec": ["sh", "-c", f"grep VmRSS /proc/$PPID/status >> {rss_log}"]},
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--native", default=str(ROOT / "build/native"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-soak-") as tmp:
        rss_log = os.path.join(tmp, "rss.txt")
        steps = [step for i in range(args.sessions) for step in visit(i + 1, rss_log)]
        scenario = os.path.join(tmp, "soak.json")
        with open(scenario, "w", encoding="utf-8") as f:
            json.dump({"name": f"soak: {args.sessions} visits", "size": [1080, 1920], "scale": 1, "steps": steps},
                      f, ensure_ascii=False)
        native = pathlib.Path(args.native)
        started = time.monotonic()
        status = subprocess.run([sys.executable, str(ROOT / "tests/scenarios/run_scenarios.py"), "--kiosk-mode",
                                 "--paint-only-screenshots",
                                 "--server", str(native / "server/hotline-server"),
                                 "--runner", str(native / "native/scenario/hotline-scenario"),
                                 "--out", os.path.join(tmp, "out"), scenario],
                                stdout=subprocess.DEVNULL).returncode
        elapsed = time.monotonic() - started
        with open(rss_log) as f:
            rss = [int(line.split()[1]) for line in f]
    if status != 0 or len(rss) != args.sessions:
        print(f"FAIL: the soak run stopped (status {status}) after {len(rss)} visits", file=sys.stderr)
        return 1
    base = rss[BASELINE_SESSIONS - 1]
    peak = max(rss[BASELINE_SESSIONS:])
    growth = (peak - base) / base
    print(f"{args.sessions} visits in {elapsed:.0f} s ({elapsed / args.sessions:.2f} s each), load average "
          f"{os.getloadavg()[0]:.2f}")
    print(f"visits: {args.sessions}; VmRSS after visit 1: {rss[0]} KiB, after {BASELINE_SESSIONS}: {base} KiB, "
          f"peak after that: {peak} KiB, last: {rss[-1]} KiB")
    for i in (0, 9, 19, 49, 99, 149, len(rss) - 1):
        if i < len(rss):
            print(f"  after visit {i + 1:4d}: {rss[i]:7d} KiB")
    print(f"growth after visit {BASELINE_SESSIONS}: {growth * 100:.1f}% (limit {LIMIT * 100:.0f}%): "
          f"{'ok' if growth <= LIMIT else 'FAIL'}")
    return 0 if growth <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
