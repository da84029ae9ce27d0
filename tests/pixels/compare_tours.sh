#!/usr/bin/env bash
# Runs every scenario group (the tours in every language, text size and both sizes, and the other
# screenshot sets) for a baseline build and the current build with the app's and the server's clocks
# fixed, then compares every screenshot pixel for pixel (compare_screenshots.sh). docs/scenarios.md.
#
# usage: tests/pixels/compare_tours.sh (--base-ref REF | --base-build DIR) [--build DIR] [--out DIR]
#                                      [--tests REGEX] [--clock TIME] [-j N]
#   --base-ref REF    build the baseline from a git ref in a temporary worktree (build/pixels-base; ccache)
#   --base-build DIR  or use an existing native build tree as the baseline
#   --build DIR       the current build tree (default build/native); its scenario programs are built first
#   --out DIR         where both screenshot sets go (default build/pixels)
#   --tests REGEX     the ctest tests to run (default ^scenario\.: every scenario group)
#   --clock TIME      the fixed start of every clock (default 2026-12-01T09:00:00+08:00)
#   -j N              scenario groups run side by side (default 2)
# Exit status 0 when every screenshot is identical, 1 when some differ (listed), 2 when a run failed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
base_ref=""
base_build=""
build="$repo/build/native"
out="$repo/build/pixels"
tests='^scenario\.'
clock="2026-12-01T09:00:00+08:00"
jobs=2
usage() { sed -n '6,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    --base-ref) base_ref=${2:?}; shift 2 ;;
    --base-build) base_build=${2:?}; shift 2 ;;
    --build) build=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    --tests) tests=${2:?}; shift 2 ;;
    --clock) clock=${2:?}; shift 2 ;;
    -j) jobs=${2:?}; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n $base_ref || -n $base_build ]] || usage
[[ -z $base_ref || -z $base_build ]] || usage

# Trees in other folders share compiled objects through ccache (paths made relative to the base dir).
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$repo")} CCACHE_NOHASHDIR=1
export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache

worktree=""
cleanup() {
  if [[ -n $worktree ]]; then
    git -C "$repo" worktree remove --force "$worktree" || echo "compare_tours: remove $worktree by hand" >&2
  fi
}
trap cleanup EXIT

if [[ -n $base_ref ]]; then
  worktree="$repo/build/pixels-base"
  git -C "$repo" worktree remove --force "$worktree" 2>/dev/null || rm -rf "$worktree"
  git -C "$repo" worktree prune
  git -C "$repo" worktree add --detach "$worktree" "$base_ref"
  (cd "$worktree" && cmake --preset native >/dev/null)
  base_build="$worktree/build/native"
fi

# Runs the scenario groups of one build tree with fixed clocks; copies its screenshots to $2.
run_side() {
  local tree=$1 dest=$2
  echo "== $tree: building the scenario programs"
  cmake --build "$tree" -j "$jobs" --target scenario_programs
  rm -rf "$tree/screenshots/scenarios" "$dest"
  echo "== $tree: running the scenario groups ($tests) with every clock starting at $clock"
  if ! HOTLINE_FIXED_CLOCK=$clock ctest --test-dir "$tree" -R "$tests" -j "$jobs" --output-on-failure; then
    echo "compare_tours: a scenario failed in $tree: its screenshots are incomplete" >&2
    exit 2
  fi
  mkdir -p "$dest"
  cp -r "$tree/screenshots/scenarios/." "$dest/"
}

run_side "$base_build" "$out/base"
run_side "$build" "$out/current"
echo "== comparing $out/base with $out/current"
"$repo/tests/pixels/compare_screenshots.sh" "$out/base" "$out/current"
