#!/bin/sh
# Fails when a tracked C/C++ source is not formatted with the repository's .clang-format.
#   clang_format.sh <repo> <clang-format>
set -eu
cd "$1"
clang_format=$2
[ -x "$clang_format" ] || { echo "clang-format not found at $clang_format: install it (scripts/setup)"; exit 1; }
git rev-parse --git-dir >/dev/null 2>&1 || { echo "$1 is not a git checkout: cannot list the tracked sources"; exit 1; }
files=$(git ls-files '*.h' '*.cpp' '*.hpp' '*.cc')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
# shellcheck disable=SC2086
"$clang_format" --dry-run -Werror $files
echo "clang-format: $(echo "$files" | wc -l) files clean"
