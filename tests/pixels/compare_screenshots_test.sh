#!/usr/bin/env bash
# compare_screenshots.sh on made-up folders: identical ones pass; one changed pixel, a missing and an extra
# screenshot are each reported and fail.
set -euo pipefail
compare_script=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/base/group/tour" "$work/same/group/tour" "$work/pixel/group/tour" "$work/missing/group/tour"
convert -size 40x30 xc:white -fill '#3366cc' -draw 'rectangle 5,5 20,20' "$work/base/group/tour/home.png"
convert -size 40x30 xc:black "$work/base/group/tour/detail.png"
# The same pixels written again (a PNG's bytes may differ; its pixels do not).
convert "$work/base/group/tour/home.png" -define png:exclude-chunks=date "$work/same/group/tour/home.png"
cp "$work/base/group/tour/detail.png" "$work/same/group/tour/detail.png"
cp "$work/base/group/tour/detail.png" "$work/pixel/group/tour/detail.png"
convert "$work/base/group/tour/home.png" -fill '#3366cd' -draw 'point 30,25' "$work/pixel/group/tour/home.png"
cp "$work/base/group/tour/home.png" "$work/missing/group/tour/home.png"
cp "$work/base/group/tour/home.png" "$work/missing/group/tour/extra.png"

fail() { echo "FAIL: $*" >&2; exit 1; }

out=$("$compare_script" "$work/base" "$work/same") || fail "identical folders reported a difference: $out"
[[ $out == *"compared 2 screenshots: 0 differ"* ]] || fail "identical folders: unexpected report: $out"

set +e
out=$("$compare_script" "$work/base" "$work/pixel")
status=$?
set -e
[[ $status -eq 1 ]] || fail "one changed pixel: exit status $status, expected 1: $out"
[[ $out == *"differs:         group/tour/home.png (1 pixels)"* ]] || fail "one changed pixel not named: $out"
[[ $out != *"detail.png"* ]] || fail "an unchanged screenshot was reported: $out"

set +e
out=$("$compare_script" "$work/base" "$work/missing")
status=$?
set -e
[[ $status -eq 1 ]] || fail "missing screenshot: exit status $status, expected 1: $out"
[[ $out == *"only in base:    group/tour/detail.png"* ]] || fail "missing screenshot not named: $out"
[[ $out == *"only in current: group/tour/extra.png"* ]] || fail "extra screenshot not named: $out"

echo "compare_screenshots: identical, 1-pixel, missing and extra cases reported correctly"
