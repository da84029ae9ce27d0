#!/usr/bin/env bash
# First visits on an emulated slow phone network: the app as built (its code split, web/split), the same
# app unsplit, and the bare hello; first frame, taps taken, bytes before the first frame, in one run.
# usage: bench/web_size/slow_network.sh [build/wasm] [build/native]   (builds what it measures; LOADS=3)
set -euo pipefail
cd "$(dirname "$0")/../.."
WASM=${1:-build/wasm}
NATIVE=${2:-build/native}
export NODE_PATH=/usr/share/nodejs
cmake --build "$WASM" --target hotline-web hotline-web-offline hotline-web-unsplit hello-web >/dev/null
cmake --build "$NATIVE" --target hotline-server >/dev/null
node bench/web_size/slow_network.mjs "$WASM/web" "$WASM/bench/web_size/unsplit" "$WASM/bench/web_size" \
  "$NATIVE/server/hotline-server"
