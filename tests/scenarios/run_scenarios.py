#!/usr/bin/env python3
"""Runs scenario files in hotline-scenario (the headless kiosk app) against a fresh reference backend
(docs/scenarios.md).

usage: run_scenarios.py --server BIN --runner BIN --out DIR SCENARIO.json...

Starts `hotline-server serve --seed --db TMP/hotline.db --port 0`, then runs each scenario in order with
one kiosk data folder (a later scenario sees what an earlier one filed; a scenario with "fresh_data":
true starts with an empty one, as another device would), and stops the server. Every scenario gets the
variables SERVER (the server binary), DB (its database), BACKEND (the Open311 root the kiosk uses) and
BACKEND_DOWN (a file: while it exists the kiosk's connections to the backend are refused, as on a dead
network), so an exec step can run e.g. ["${SERVER}", "admin", "--db", "${DB}", "accept", "${NUMBER}"];
and the variables earlier scenarios captured (their OUT/variables.json). Exits 1 at the first scenario
that fails; the kiosk's report names the step.

--fixed-clock TIME (default: $HOTLINE_FIXED_CLOCK) starts the kiosk's clock at TIME (it runs on from there)
and freezes the server's at TIME (HOTLINE_FIXED_CLOCK in the environment of the server and of the kiosk,
whose exec steps run the server's admin commands), so every run shows the same times and query codes,
and gives kiosk mode a look-up address without the backend's port (a new one every run), so receipts'
QR codes repeat too: tests/pixels/compare_tours.sh compares the screenshots of two builds pixel for pixel.
"""
import argparse
import os
import shutil
import pathlib
import json
import re
import select
import socket
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


def start_switch(target_port, down_flag):
    """A TCP relay in front of the backend: refuses connections while `down_flag` exists, and cuts the open
    ones when it appears (a kept-alive connection must not outlive the network). Returns its port."""
    listener = socket.create_server(("127.0.0.1", 0))

    def pipe(source, sink):
        try:
            while True:
                readable, _, _ = select.select([source], [], [], 0.2)
                if os.path.exists(down_flag):
                    break
                if not readable:
                    continue
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def serve():
        while True:
            client, _ = listener.accept()
            if os.path.exists(down_flag):
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", target_port))
            except OSError:
                client.close()
                continue
            threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


def kiosk_mode_arguments(tmp, data, out, backend, base):
    """A configuration file for this scenario (the kiosk as deployed) and the variables its steps use."""
    receipts = os.path.join(out, "receipts")
    # An earlier run's receipts (the same numbers under a fixed clock) must not pass for this run's.
    if os.path.isdir(receipts):
        shutil.rmtree(receipts)
    elif os.path.exists(receipts):
        os.remove(receipts)
    card = os.path.join(tmp, "id-card.json")
    # Nothing opens the address (check_receipt.py compares the QR code's text with it), so under the fixed
    # clock it leaves out the port, which would change every receipt's QR code from run to run.
    site = "http://hotline.test" if os.environ.get("HOTLINE_FIXED_CLOCK") else base
    lookup = site + "/#lookup?number={number}&code={code}"
    config = {
        "backend_url": backend, "api_key": "dev-kiosk-key",
        "station": {"id": STATION_ID, "name": STATION_NAME,
                    "lat": float(STATION_AT.split(",")[0]), "lon": float(STATION_AT.split(",")[1])},
        # The shortest limit the file accepts, so a scenario sees the countdown and the wipe in under a minute (slow ASan steps stay inside it).
        "idle_timeout_s": 15, "countdown_s": 20,
        "storage_dir": data, "receipt_dir": receipts, "lookup_url": lookup,
        "id_card_simulator": card, "development": True, "fullscreen": False,
    }
    path = os.path.join(tmp, "kiosk.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False)
    if os.path.exists(card):
        os.unlink(card)
    return ["--config", path, "--var", f"CARD_FILE={card}", "--var", f"RECEIPTS={receipts}",
            "--var", f"DATA={data}", "--var", f"LOOKUP_URL={lookup}"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--runner", required=True, help="hotline-scenario")
    parser.add_argument("--out", required=True)
    parser.add_argument("--kiosk-mode", action="store_true",
                        help="run the kiosk from a configuration file (docs/kiosk.md) with a short idle limit, "
                             "the ID card simulator and receipts; adds CARD_FILE, RECEIPTS, DATA and LOOKUP_URL")
    parser.add_argument("--windowed", action="store_true",
                        help="a real window (OpenGL) instead of --headless: run under xvfb-run")
    parser.add_argument("--paint-only-screenshots", action="store_true",
                        help="headless: the kiosk paints a frame only for a screenshot (long runs: the soak)")
    parser.add_argument("--fixed-clock", default=os.environ.get("HOTLINE_FIXED_CLOCK") or None,
                        help="QA: every clock starts at this ISO 8601 time (e.g. 2026-12-01T09:00:00+08:00)")
    parser.add_argument("scenarios", nargs="+")
    args = parser.parse_args()
    if args.fixed_clock:
        os.environ["HOTLINE_FIXED_CLOCK"] = args.fixed_clock

    with tempfile.TemporaryDirectory(prefix="hotline-scenarios-") as tmp:
        db = os.path.join(tmp, "hotline.db")
        process, base = start_server(args.server, db)
        if base is None:
            process.kill()
            print(f"FAIL: {args.server} did not print 'listening on' within {START_TIMEOUT_S} s", file=sys.stderr)
            return 1
        down_flag = os.path.join(tmp, "backend-down")
        server_port = int(base.rsplit(":", 1)[1])
        backend = f"http://127.0.0.1:{start_switch(server_port, down_flag)}/open311/v2"
        carried = {}
        data_folders = 0
        try:
            for scenario in args.scenarios:
                with open(scenario, encoding="utf-8") as f:
                    if json.load(f).get("fresh_data", False):
                        data_folders += 1
                data = os.path.join(tmp, f"kiosk-data-{data_folders}")
                name = pathlib.Path(scenario).stem
                out = os.path.join(args.out, name)
                os.makedirs(out, exist_ok=True)
                for old in [*pathlib.Path(out).glob("*.png"), pathlib.Path(out, "variables.json"),
                            pathlib.Path(out, "exec-variables.json")]:
                    old.unlink(missing_ok=True)
                command = [args.runner, "--scenario", scenario, "--out", out]
                if not args.windowed:
                    command.append("--headless")
                if args.paint_only_screenshots:
                    command.append("--paint-only-screenshots")
                if args.fixed_clock:
                    command += ["--fixed-clock", args.fixed_clock]
                if args.kiosk_mode:
                    command += kiosk_mode_arguments(tmp, data, out, backend, base)
                else:
                    command += ["--data", data, "--backend", backend,
                                # A kiosk files every request at its station (the domain requires one).
                                "--station", STATION_ID, "--station-name", STATION_NAME, "--station-at", STATION_AT]
                command += ["--var", f"SERVER={args.server}", "--var", f"DB={db}", "--var", f"BACKEND={backend}",
                            "--var", f"BACKEND_DOWN={down_flag}"]
                for variable, value in carried.items():
                    command += ["--var", f"{variable}={value}"]
                print("running:", " ".join(command), flush=True)
                env = dict(os.environ)
                if args.windowed:
                    # Mesa's software rasteriser gives the kiosk a real OpenGL 3.3 context without a GPU.
                    env["LIBGL_ALWAYS_SOFTWARE"] = "1"
                else:
                    env["SDL_VIDEODRIVER"] = "dummy"
                status = subprocess.run(command, env=env).returncode
                if status != 0:
                    print(f"FAIL: scenario {scenario} (exit status {status}); screenshots in {out}", file=sys.stderr)
                    return 1
                with open(os.path.join(out, "variables.json"), encoding="utf-8") as f:
                    carried.update(json.load(f))
                # Values a step's command found (e.g. a receipt's claim read from its QR code).
                found = os.path.join(out, "exec-variables.json")
                if os.path.exists(found):
                    with open(found, encoding="utf-8") as f:
                        carried.update(json.load(f))
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
