#!/usr/bin/env bash
# The web app on a phone, in one headless Chromium run, each figure beside its baseline: bytes before the
# first frame (gzip) and time to first frame vs the bare Dear ImGui + SDL2 + WebGL2 hello, frames in
# 5 s idle vs a requestAnimationFrame loop, and the longest main-thread task while three 12 MP photos
# are added, with the photo worker vs the portable pipeline on the main thread, at devicePixelRatio 3 and 1.
# usage: bench/phone/run.sh [build/wasm] [build/native]   (builds what it measures first; ROUNDS=2)
set -euo pipefail
cd "$(dirname "$0")/../.."
WASM=${1:-build/wasm}
NATIVE=${2:-build/native}
export NODE_PATH=/usr/share/nodejs
cmake --build "$WASM" --target hotline_web_qa_files hello-web >/dev/null
cmake --build "$NATIVE" --target hotline-server >/dev/null

echo "== web download before the first frame (bench/web_size/run.sh; the photo worker loads on the first photo)"
bench/web_size/run.sh "$WASM"
printf 'photo worker, fetched on the first photo (gzip -9): %d bytes\n' \
  "$(cat "$WASM"/web/photo_worker.js "$WASM"/web/photo_worker_core.js "$WASM"/web/photo_worker_core.wasm | gzip -9c | wc -c)"

# Three distinct camera-sized photos (the app drops a photo it already has), made once.
photos=${HOTLINE_BENCH_DIR:-${TMPDIR:-/tmp}/hotline-phone-bench}
mkdir -p "$photos"
for colours in '#2b5876-#e8c07d' '#134e5e-#71b280' '#614385-#516395'; do
  file="$photos/IMG_${colours//[#-]/}.jpg"
  [ -s "$file" ] || convert -size 4000x3000 gradient:"${colours%%-*}"-"${colours##*-}" -attenuate 0.6 +noise Gaussian \
                      -quality 90 "$file"
done

echo "== headless Chromium, 390x844 at devicePixelRatio 3 (photos also at 1), touch"
node bench/phone/phone_bench.mjs "$WASM/web-qa" "$WASM/bench/web_size" \
  "$NATIVE/server/hotline-server" "$photos"/IMG_*.jpg
