#!/usr/bin/env bash
# Prints the web build's bytes before the first frame (raw, gzip -9 and brotli -q 11) next to the bare
# ImGui+SDL2+WebGL2 hello, both inside the app's own page (shell.html), so the ratio compares the apps;
# and the code the first frame does not need (index.deferred.wasm, web/split), with the total.
# usage: bench/web_size/run.sh [build/wasm]   (builds both targets first; Debian's brotli package)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:-build/wasm}
export NODE_PATH=/usr/share/nodejs
command -v brotli >/dev/null || { echo "brotli not found: install Debian's brotli (scripts/setup)"; exit 1; }
cmake --build "$BUILD" --target hotline-web hello-web >/dev/null
size() { stat -c %s "$1"; }
gz() { gzip -9c "$1" | wc -c; }
br() { brotli -q 11 -c "$1" | wc -c; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
row() {  # label app-file hello-file
  local a=$2 h=$3
  if [ -n "$h" ]; then
    printf '| %-22s | %9d | %9d | %9d | %9d | %9d | %5s |\n' "$1" "$(size "$a")" "$(gz "$a")" "$(br "$a")" \
      "$(size "$h")" "$(gz "$h")" "$(ratio "$(gz "$a")" "$(gz "$h")")"
  else
    printf '| %-22s | %9d | %9d | %9d | %9s | %9s | %5s |\n' "$1" "$(size "$a")" "$(gz "$a")" "$(br "$a")" "-" "-" "-"
  fi
}
total() {  # compressor files...
  local compress=$1 sum=0 f
  shift
  for f in "$@"; do sum=$((sum + $("$compress" "$f"))); done
  echo "$sum"
}
W=$BUILD/web
H=$BUILD/bench/web_size
APP=("$W/index.wasm" "$W/index.js" "$W/index.data" "$W/index.html")
HELLO=("$H/hello.wasm" "$H/hello.js" "$H/hello.html")
echo "| file                   | app bytes | app gzip  | app br    | hello     | hello gz  | ratio (gzip) |"
echo "|------------------------|-----------|-----------|-----------|-----------|-----------|-------|"
row "index.wasm"             "$W/index.wasm" "$H/hello.wasm"
row "index.js"               "$W/index.js"   "$H/hello.js"
row "index.html"             "$W/index.html" "$H/hello.html"
row "index.data (catalogs)"  "$W/index.data" ""
row "index.deferred.wasm *"  "$W/index.deferred.wasm" ""
echo "* not needed for the first frame (web/split): requested once index.wasm runs, not waited for, not counted below"
app_gz=$(total gz "${APP[@]}")
hello_gz=$(total gz "${HELLO[@]}")
app_br=$(total br "${APP[@]}")
hello_br=$(total br "${HELLO[@]}")
printf 'before the first frame, gzip: app %d bytes, hello %d bytes, ratio %s (targets: <= 1.6x and < 450 KB)\n' \
  "$app_gz" "$hello_gz" "$(ratio "$app_gz" "$hello_gz")"
printf 'before the first frame, brotli: app %d bytes, hello %d bytes, ratio %s\n' \
  "$app_br" "$hello_br" "$(ratio "$app_br" "$hello_br")"
printf 'the whole app with the deferred part, gzip: %d bytes, brotli: %d bytes\n' \
  "$((app_gz + $(gz "$W/index.deferred.wasm")))" "$((app_br + $(br "$W/index.deferred.wasm")))"
