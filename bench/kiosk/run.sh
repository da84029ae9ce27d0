#!/usr/bin/env bash
# The kiosk at 1080x1920 with SDL's software renderer (headless: dummy video driver), in kiosk mode from
# a configuration file: cold start to the first frame, and frames per second when every frame is drawn.
#   cold start: wall time of `--screenshot --frames 1` (process start, fonts, catalogs, storage, one
#     frame of the attract screen, the PNG written: an upper bound), median of 5;
#   software FPS: (time of --frames 121 - time of --frames 1) / 120 frames, median of 3.
# usage: bench/kiosk/run.sh [build/native]   (builds what it measures first)
set -euo pipefail
cd "$(dirname "$0")/../.."
NATIVE=${1:-build/native}
cmake --build "$NATIVE" --target hotline-kiosk hotline_assets >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/kiosk.json" <<JSON
{"backend_url": "http://127.0.0.1:9/open311/v2", "api_key": "dev-kiosk-key",
 "station": {"id": "FZ-M1-NMD", "name": "地铁1号线南门兜站", "lat": 26.0806, "lon": 119.2968},
 "storage_dir": "$tmp/data",
 "lookup_url": "http://127.0.0.1/#lookup?number={number}&code={code}", "fullscreen": false}
JSON
run_ms() {  # frames -> milliseconds of one run
  local start end
  start=$(date +%s%N)
  SDL_VIDEODRIVER=dummy "$NATIVE/native/hotline-kiosk" --config "$tmp/kiosk.json" --headless --window 1080x1920 \
    --frames "$1" --screenshot "$tmp/shot.png" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cold=$(for _ in 1 2 3 4 5; do run_ms 1; done | median)
one=$(for _ in 1 2 3; do run_ms 1; done | median)
many=$(for _ in 1 2 3; do run_ms 121; done | median)
frame_ms=$(awk -v a="$many" -v b="$one" 'BEGIN {printf "%.1f", (a - b) / 120}')
fps=$(awk -v f="$frame_ms" 'BEGIN {printf "%.1f", (f > 0 ? 1000 / f : 0)}')
echo "kiosk 1080x1920, software renderer (SDL dummy driver), load average $(cut -d' ' -f1 /proc/loadavg)"
echo "cold start to first frame (median of 5):  ${cold} ms"
echo "software renderer: ${frame_ms} ms per frame = ${fps} FPS (attract screen, every frame drawn)"
