#!/bin/sh
# UI frame cost and memory: the busiest screens natively and as WebAssembly under node, each beside the
# home screen measured in the same run (see ui_frame_bench.cpp). Uses the test command's trees.
#   bench/ui/run.sh            (from the repository root, after scripts/test or the presets' builds)
set -eu
cd "$(dirname "$0")/../.."
FONT=${HOTLINE_FONT:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
cmake --build build/native -j2 --target ui_frame_bench >/dev/null
cmake --build build/wasm -j2 --target ui_frame_bench >/dev/null
echo "== native (build/native)"
build/native/bench/ui/ui_frame_bench build/native/app-assets "$FONT"
echo "== WebAssembly under node (build/wasm)"
# node 18+ would fetch the .wasm by URL; Emscripten 3.1.6 expects to read it as a file.
node --no-experimental-fetch build/wasm/bench/ui/ui_frame_bench.js "$(pwd)/build/wasm/app-assets" "$FONT"
