#!/usr/bin/env bash
# Glyphs on demand, side by side in one run: web download before the first frame vs the bare Dear ImGui
# 1.92 hello, time to first frame (both in headless Chromium), the cost of a frame that introduces 100
# new CJK characters (web at devicePixelRatio 2 and 1, native) and the atlas texture after every screen.
# usage: bench/glyphs/run.sh [build/wasm] [build/native]   (builds what it measures first)
set -euo pipefail
cd "$(dirname "$0")/../.."
WASM=${1:-build/wasm}
NATIVE=${2:-build/native}
export NODE_PATH=/usr/share/nodejs
cmake --build "$WASM" --target hotline_web_qa_files hello-web >/dev/null
cmake --build "$NATIVE" --target native_glyph_bench hotline_assets >/dev/null

echo "== web download before the first frame (bench/web_size/run.sh)"
bench/web_size/run.sh "$WASM"
for dpr in 2 1; do
  echo "== headless Chromium, devicePixelRatio $dpr"
  DPR=$dpr node bench/glyphs/browser_bench.mjs "$WASM/web-qa" "$WASM/bench/web_size"
done
echo "== native (stb_truetype, Noto Sans CJK SC)"
"$NATIVE/bench/glyphs/native_glyph_bench" "$NATIVE/app-assets" /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
