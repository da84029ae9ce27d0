#!/bin/sh
# Fails when a tracked C/C++ source is not formatted with the repository's .clang-format.
set -eu
cd "$1"
files=$(git ls-files '*.h' '*.cpp' '*.hpp' '*.cc')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
# shellcheck disable=SC2086
clang-format --dry-run -Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
