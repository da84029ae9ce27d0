#!/usr/bin/env python3
"""Runs scenario files in the headless kiosk against a fresh reference backend (docs/scenarios.md).

usage: run_scenarios.py --server BIN --kiosk BIN --out DIR SCENARIO.json...

Starts `hotline-server serve --seed --db TMP/hotline.db --port 0`, then runs each scenario in order with
one kiosk data folder (a later scenario sees what an earlier one filed), and stops the server. Every
scenario gets the variables SERVER (the server binary), DB (its database) and BACKEND (the Open311 root),
so an exec step can run e.g. ["${SERVER}", "admin", "--db", "${DB}", "accept", "${NUMBER}"]. Exits 1 at
the first scenario that fails; the kiosk's report names the step.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading

LISTENING = re.compile(r"listening on (http://\S+)")
START_TIMEOUT_S = 30
STATION_ID = "FZ-M1-NMD"
STATION_NAME = "地铁1号线南门兜站"
STATION_AT = "26.0806,119.2968"


def start_server(server, db):
    """Starts the server; returns the process and its base URL (None when it did not start in time)."""
    process = subprocess.Popen([server, "serve", "--seed", "--db", db, "--port", "0", "--access-log", "off"],
                               stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
    found = {}
    listening = threading.Event()

    def read_stdout():
        for line in process.stdout:
            match = LISTENING.search(line)
            if match and not listening.is_set():
                found["url"] = match.group(1)
                listening.set()
        # The server exited: stop waiting at once rather than at the timeout.
        listening.set()

    threading.Thread(target=read_stdout, daemon=True).start()
    listening.wait(START_TIMEOUT_S)
    return process, found.get("url")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--kiosk", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("scenarios", nargs="+")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hotline-scenarios-") as tmp:
        db = os.path.join(tmp, "hotline.db")
        process, base = start_server(args.server, db)
        if base is None:
            process.kill()
            print(f"FAIL: {args.server} did not print 'listening on' within {START_TIMEOUT_S} s", file=sys.stderr)
            return 1
        backend = base + "/open311/v2"
        try:
            for scenario in args.scenarios:
                name = pathlib.Path(scenario).stem
                out = os.path.join(args.out, name)
                os.makedirs(out, exist_ok=True)
                for old in pathlib.Path(out).glob("*.png"):
                    old.unlink()
                command = [args.kiosk, "--headless", "--scenario", scenario, "--out", out,
                           "--data", os.path.join(tmp, "kiosk-data"), "--backend", backend,
                           # A kiosk files every request at its station (the domain requires one).
                           "--station", STATION_ID, "--station-name", STATION_NAME, "--station-at", STATION_AT,
                           "--var", f"SERVER={args.server}", "--var", f"DB={db}", "--var", f"BACKEND={backend}"]
                print("running:", " ".join(command), flush=True)
                status = subprocess.run(command, env=dict(os.environ, SDL_VIDEODRIVER="dummy")).returncode
                if status != 0:
                    print(f"FAIL: scenario {scenario} (exit status {status}); screenshots in {out}", file=sys.stderr)
                    return 1
                if process.poll() is not None:
                    print(f"FAIL: the server stopped during {scenario} (status {process.returncode})",
                          file=sys.stderr)
                    return 1
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    print(f"scenarios passed: {len(args.scenarios)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
