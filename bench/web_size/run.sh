#!/usr/bin/env bash
# Prints the web build's download sizes (raw and gzip -9) next to the bare ImGui+SDL2+WebGL2 hello.
# usage: bench/web_size/run.sh [build/wasm]   (builds both targets first)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build/wasm}
export NODE_PATH=/usr/share/nodejs
cmake --build "$BUILD" --target hotline-web hello-web >/dev/null
size() { stat -c %s "$1"; }
gz() { gzip -9c "$1" | wc -c; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() {  # label app-file hello-file
  local a=$2 h=$3
  if [ -n "$h" ]; then
    printf '| %-22s | %9d | %9d | %9d | %9d | %5s |\n' "$1" "$(size "$a")" "$(gz "$a")" "$(size "$h")" "$(gz "$h")" \
      "$(ratio "$(gz "$a")" "$(gz "$h")")"
  else
    printf '| %-22s | %9d | %9d | %9s | %9s | %5s |\n' "$1" "$(size "$a")" "$(gz "$a")" "-" "-" "-"
  fi
}
W=$BUILD/web
H=$BUILD/bench/web_size
echo "| file                   | app bytes | app gzip  | hello     | hello gz  | ratio (gzip) |"
echo "|------------------------|-----------|-----------|-----------|-----------|-------|"
row "index.wasm"             "$W/index.wasm" "$H/hello.wasm"
row "index.js"               "$W/index.js"   "$H/hello.js"
row "index.html"             "$W/index.html" "$H/hello.html"
row "index.data (catalogs)"  "$W/index.data" ""
total_app=$(( $(gz "$W/index.wasm") + $(gz "$W/index.js") + $(gz "$W/index.data") + $(gz "$W/index.html") ))
total_hello=$(( $(gz "$H/hello.wasm") + $(gz "$H/hello.js") + $(gz "$H/hello.html") ))
printf 'total download (gzip): app %d bytes, hello %d bytes, ratio %s (targets: <= 1.6x and < 500 KB)\n' \
  "$total_app" "$total_hello" "$(ratio "$total_app" "$total_hello")"
