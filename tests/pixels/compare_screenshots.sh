#!/usr/bin/env bash
# Compares two folders of PNG screenshots pixel for pixel (ImageMagick `compare -metric AE`).
#
# usage: compare_screenshots.sh BASE_DIR CURRENT_DIR
#
# Lists every screenshot (path relative to the folders) that differs, with its count of differing
# pixels, and every one that exists on one side only. Exit status 0 when every screenshot is identical,
# 1 when some differ or are missing, 2 on bad usage or when a file cannot be read.
set -uo pipefail

if [[ $# -ne 2 || ! -d "$1" || ! -d "$2" ]]; then
  echo "usage: $0 BASE_DIR CURRENT_DIR (two folders of .png screenshots)" >&2
  exit 2
fi
base=$1
current=$2
command -v compare >/dev/null || { echo "$0: ImageMagick's compare is not installed (scripts/setup)" >&2; exit 2; }

list() { (cd "$1" && find . -name '*.png' -type f | sed 's|^\./||' | LC_ALL=C sort); }
mapfile -t base_files < <(list "$base")
mapfile -t current_files < <(list "$current")
if [[ ${#base_files[@]} -eq 0 ]]; then
  echo "$0: no screenshots under $base" >&2
  exit 2
fi

compared=0
differing=0
while IFS= read -r only; do
  echo "only in base:    $only"
  differing=$((differing + 1))
done < <(LC_ALL=C comm -23 <(printf '%s\n' "${base_files[@]}") <(printf '%s\n' "${current_files[@]}"))
while IFS= read -r only; do
  [[ -n $only ]] || continue
  echo "only in current: $only"
  differing=$((differing + 1))
done < <(LC_ALL=C comm -13 <(printf '%s\n' "${base_files[@]}") <(printf '%s\n' "${current_files[@]}"))

for file in "${base_files[@]}"; do
  [[ -f "$current/$file" ]] || continue
  compared=$((compared + 1))
  # AE: the number of pixels that differ at all (no fuzz). Images of different sizes are an error (2).
  pixels=$(compare -metric AE "$base/$file" "$current/$file" null: 2>&1)
  status=$?
  if [[ $status -eq 0 ]]; then
    continue
  fi
  differing=$((differing + 1))
  if [[ $status -eq 1 ]]; then
    echo "differs:         $file ($pixels pixels)"
  else
    echo "differs:         $file (not comparable: $pixels)"
  fi
done

echo "compared $compared screenshots: $differing differ"
[[ $differing -eq 0 ]]
