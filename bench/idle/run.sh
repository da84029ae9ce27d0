#!/usr/bin/env bash
# Render on demand: frames the headless kiosk draws in 5 s while nothing happens, per screen, beside the
# baseline of a loop that draws every vsync (60 Hz: 300 frames in 5 s). Runs bench/idle/idle.json through
# the scenario driver against a fresh reference backend.
# usage: bench/idle/run.sh [build/native]   (builds what it measures first)
set -euo pipefail
cd "$(dirname "$0")/../.."
NATIVE=${1:-build/native}
cmake --build "$NATIVE" --target hotline-scenario hotline-server hotline_assets >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
log=$(python3 tests/scenarios/run_scenarios.py --server "$NATIVE/server/hotline-server" \
        --runner "$NATIVE/native/scenario/hotline-scenario" --out "$out" bench/idle/idle.json)
echo "screen                        frames in 5 s   baseline (60 Hz)"
# The 5-second idles in file order: home, my requests, a focused text field.
echo "$log" | sed -n 's/^scenario: idle 5000 ms: \([0-9]*\) frames drawn$/\1/p' |
  paste - <(printf '%s\n' "home" "my requests" "text field with the focus") |
  while IFS=$'\t' read -r frames screen; do printf '%-30s %13s   %16s\n' "$screen" "$frames" 300; done
