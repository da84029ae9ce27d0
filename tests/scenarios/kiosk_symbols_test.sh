#!/usr/bin/env bash
# The kiosk product carries no QA scenario runner and spawns no processes: nm of hotline-kiosk lists no
# symbol of hotline::scenario and no posix_spawn. The same look at hotline-scenario must find both, so
# the check is known to see them where they are.
# usage: kiosk_symbols_test.sh NM KIOSK_BINARY SCENARIO_BINARY
set -euo pipefail
nm_tool=$1
kiosk=$2
runner=$3
pattern='hotline::scenario::|posix_spawn'

symbols() { "$nm_tool" -C "$1" 2>&1 | grep -E "$pattern" || true; }

runner_hits=$(symbols "$runner")
if ! grep -q 'hotline::scenario::Runner' <<<"$runner_hits" || ! grep -q 'posix_spawn' <<<"$runner_hits"; then
  echo "FAIL: $runner should hold the scenario runner and posix_spawnp; nm found: ${runner_hits:-nothing}" >&2
  exit 1
fi
kiosk_hits=$(symbols "$kiosk")
if [[ -n $kiosk_hits ]]; then
  echo "FAIL: the kiosk product $kiosk links QA code:" >&2
  echo "$kiosk_hits" | head -20 >&2
  exit 1
fi
echo "hotline-kiosk: no hotline::scenario symbol, no posix_spawn ($(grep -c . <<<"$runner_hits") such symbols in hotline-scenario)"
