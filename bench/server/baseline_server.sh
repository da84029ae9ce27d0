#!/bin/sh
# Prints the path of the cpp-httplib reference server (the server of BASELINE_COMMIT, default 87d9555,
# the last commit before the Boost.Beast layer), building it once into a cache folder outside the
# worktree: the sources come from `git archive`, so no checkout or worktree is touched.
#
#   bench/server/baseline_server.sh            # -> .../hotline-bench/httplib-87d9555/build/server/hotline-server
#
# HOTLINE_BENCH_CACHE sets the cache folder (default ~/.cache/hotline-bench). Build output goes to
# stderr; only the binary's path goes to stdout.
set -eu
COMMIT=${BASELINE_COMMIT:-87d9555}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
DIR=${HOTLINE_BENCH_CACHE:-$HOME/.cache/hotline-bench}/httplib-$COMMIT
BINARY=$DIR/build/server/hotline-server
if [ ! -x "$BINARY" ]; then
  echo "building the cpp-httplib baseline server of $COMMIT in $DIR (once)" >&2
  rm -rf "$DIR/src"
  mkdir -p "$DIR/src"
  git -C "$REPO" archive "$COMMIT" | tar -x -C "$DIR/src"
  # The same compiler and build type as build/native; no app, no tests: only the server and the core.
  cmake -S "$DIR/src" -B "$DIR/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DHOTLINE_BUILD_TESTS=OFF -DHOTLINE_BUILD_APP=OFF >&2
  cmake --build "$DIR/build" -j"${BUILD_JOBS:-2}" --target hotline-server >&2
fi
echo "$BINARY"
