#!/bin/bash
# The backend beyond one machine (issue 25), in one run on loopback: GET one, GET list and durable
# POST with wrk on SQLite (one instance, directly and behind nginx), on PostgreSQL with one instance,
# and on PostgreSQL with two instances behind nginx (server/deploy/nginx), interleaved in ROUNDS
# rounds so the machine's drift hits them alike; then the time from the primary's loss to the first submission
# accepted through nginx on the promoted standby. PostgreSQL is the throwaway synchronous pair of
# tests/faults/pg_standby_pair.sh; everything started is stopped at the end.
#
#   bench/server/run_ha_bench.sh BUILD/server/hotline-server [DURATION] [CONNECTIONS]
#
# ROUNDS (default 4). FAILOVERS (default 3): how many times the loss and promotion are timed (each on
# a fresh pair).
set -eu
SERVER=${1:?usage: run_ha_bench.sh path/to/hotline-server [duration-seconds] [connections]}
DURATION=${2:-5}
CONNECTIONS=${3:-16}
ROUNDS=${ROUNDS:-4}
FAILOVERS=${FAILOVERS:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PAIR="$ROOT/tests/faults/pg_standby_pair.sh"
WORK=$(mktemp -d /tmp/hotline-ha-bench-XXXXXX)
chmod 755 "$WORK"
PIDS=()
PAIRS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null; done
  for dir in "${PAIRS[@]}"; do "$PAIR" stop "$dir"; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
declare -A URL

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_instance() {  # name db port seed(0/1): hotline-server in the background, waits for it to listen
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/config.json" <<JSON
{"api_keys": [{"client": "web", "key": "bench-web-key-0001", "channel": "web"}],
 "rate_limit": {"per_second": 1000000, "burst": 1000000}, "trusted_proxies": ["127.0.0.1"]}
JSON
  local seed=()
  [ "$4" = 1 ] && seed=(--seed)
  "$SERVER" serve --port "$3" --db "$2" "${seed[@]}" --config "$WORK/$1/config.json" --access-log off \
    > "$WORK/$1/server.out" 2> "$WORK/$1/server.err" &
  PIDS+=("$!")
  for _ in $(seq 300); do grep -q listening "$WORK/$1/server.out" 2> /dev/null && return 0; sleep 0.1; done
  echo "run_ha_bench: $1 did not start: $(cat "$WORK/$1/server.err")" >&2
  return 1
}

start_nginx() {  # name upstream-ports...: nginx on loopback.conf.in; sets NGINX_PORT
  local name=$1 servers="" p
  shift
  for p in "$@"; do servers+="        server 127.0.0.1:$p max_fails=1 fail_timeout=1s;\n"; done
  NGINX_PORT=$(free_port)
  mkdir -p "$WORK/$name"
  sed -e "s|@DIR@|$WORK/$name|g" -e "s|@PORT@|$NGINX_PORT|" -e "s|^@SERVERS@$|$servers|" \
    -e "s|@PROXY_CONF@|$ROOT/server/deploy/nginx/hotline-proxy.conf|" -e 's|access_log .*;|access_log off;|' \
    "$ROOT/server/deploy/nginx/loopback.conf.in" > "$WORK/$name/nginx.conf"
  nginx -p "$WORK/$name" -c "$WORK/$name/nginx.conf" -e "$WORK/$name/error.log" &
  PIDS+=("$!")
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/healthz" && return 0; sleep 0.1; done
  echo "run_ha_bench: nginx did not start: $(cat "$WORK/$name/error.log")" >&2
  return 1
}

submit() {  # base-url key: one submission; prints the HTTP status
  curl -s -o /dev/null -w '%{http_code}' -X POST "$1/open311/v2/requests.json" -H "Idempotency-Key: $2" \
    --data-urlencode "api_key=bench-web-key-0001" --data-urlencode "service_code=BJ-0101" \
    --data-urlencode "description=井盖破损，请尽快处理 $2" --data-urlencode "address_string=鼓楼区东街1号" \
    --data-urlencode "phone=13812345678" --data-urlencode "first_name=明" --data-urlencode "last_name=王" \
    --max-time 5 || true
}

seed_requests() {  # name base-url: 200 requests to read; sets ID[name]
  for i in $(seq 200); do submit "$2" "seed-$1-$i" > /dev/null; done
  ID[$1]=$(curl -s "$2/open311/v2/requests.json?page_size=1" | sed -n 's/.*"service_request_id":"\([0-9]*\)".*/\1/p')
  [ -n "${ID[$1]}" ] || { echo "run_ha_bench: $1 stored none of the 200 requests to read" >&2; return 1; }
}

run() {  # round configuration endpoint url [script]
  local out rps p99 non2xx
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${5:+-s "$5"} "$4")
  rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  p99=$(echo "$out" | sed -n 's/^ *99% *\([0-9.a-z]*\).*/\1/p')
  non2xx=$(echo "$out" | sed -n 's/^non2xx=\(.*\)/\1/p; s/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | head -1)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${rps:-0}" "${p99:--}" "${non2xx:-0}" >> "$WORK/results.tsv"
  printf '  round %s  %-22s %-26s %10s req/s  p99 %8s  non-2xx %s\n' "$1" "$2" "$3" "${rps:-0}" "${p99:--}" \
    "${non2xx:-0}"
}

declare -A ID
# SQLite, one instance: the embedded default, the baseline; and the same instance behind nginx, what
# the proxy alone costs.
S=$(free_port)
start_instance sqlite "$WORK/sqlite/bench.db" "$S" 1
URL[sqlite]="http://127.0.0.1:$S"
start_nginx sqlite-nginx "$S"
URL[sqlite-nginx]="http://127.0.0.1:$NGINX_PORT"
# PostgreSQL: a synchronous primary + standby; one instance alone, two behind nginx.
PAIRS+=("$WORK/pg")
read -r PRIMARY STANDBY < <("$PAIR" start "$WORK/pg" $$)
DB="postgresql://hotline@127.0.0.1:$PRIMARY,127.0.0.1:$STANDBY/hotline?target_session_attrs=read-write&connect_timeout=2"
A=$(free_port)
B=$(free_port)
start_instance pg-a "$DB" "$A" 1
start_instance pg-b "$DB" "$B" 0
URL[pg-1]="http://127.0.0.1:$A"
start_nginx nginx "$A" "$B"
URL[pg-2-nginx]="http://127.0.0.1:$NGINX_PORT"
CONFIGS=(sqlite sqlite-nginx pg-1 pg-2-nginx)
for c in sqlite pg-1; do seed_requests "$c" "${URL[$c]}"; done
ID[sqlite-nginx]=${ID[sqlite]}
ID[pg-2-nginx]=${ID[pg-1]}
echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s on 127.0.0.1, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

for round in $(seq "$ROUNDS"); do
  for c in "${CONFIGS[@]}"; do
    run "$round" "$c" "GET requests/{id}.json" "${URL[$c]}/open311/v2/requests/${ID[$c]}.json"
    run "$round" "$c" "GET requests.json" "${URL[$c]}/open311/v2/requests.json"
    run "$round" "$c" "POST requests.json" "${URL[$c]}/open311/v2/requests.json" "$HERE/post_request.lua"
  done
  CONFIGS=("${CONFIGS[@]:1}" "${CONFIGS[0]}")  # each configuration goes first in turn
done
echo
echo "medians of $ROUNDS rounds (req/s):"
python3 - "$WORK/results.tsv" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
configs = list(dict.fromkeys(r[1] for r in rows))
endpoints = list(dict.fromkeys(r[2] for r in rows))
print("  %-26s" % "endpoint" + "".join("%14s" % c for c in configs))
for e in endpoints:
    cells = [statistics.median(float(r[3]) for r in rows if r[1] == c and r[2] == e) for c in configs]
    print("  %-26s" % e + "".join("%14.0f" % v for v in cells))
print("  non-2xx answers in all runs: %d" % sum(int(r[5] or 0) for r in rows))
PY

# Failover: lose the primary of a fresh pair with two instances behind nginx, promote the standby at
# once (what pg_auto_failover does after its timeout; that timeout is not counted here), and time the
# loss to the first submission nginx answers 201.
echo
echo "primary loss to the first accepted submission on the promoted standby:"
for f in $(seq "$FAILOVERS"); do
  dir="$WORK/pg-failover-$f"
  PAIRS+=("$dir")
  read -r PRIMARY STANDBY < <("$PAIR" start "$dir" $$)
  DB="postgresql://hotline@127.0.0.1:$PRIMARY,127.0.0.1:$STANDBY/hotline?target_session_attrs=read-write&connect_timeout=2"
  A=$(free_port)
  B=$(free_port)
  start_instance "fo-$f-a" "$DB" "$A" 1
  start_instance "fo-$f-b" "$DB" "$B" 0
  start_nginx "fo-$f-nginx" "$A" "$B"
  base="http://127.0.0.1:$NGINX_PORT"
  [ "$(submit "$base" "before-$f")" = 201 ] || { echo "run_ha_bench: no submission before the loss" >&2; exit 1; }
  lost=$(date +%s%N)
  "$PAIR" lose-primary "$dir"
  "$PAIR" promote "$dir"
  promoted=$(date +%s%N)
  tries=0
  until [ "$(submit "$base" "after-$f-$tries")" = 201 ]; do
    tries=$((tries + 1))
    [ $(($(date +%s%N) - lost)) -lt 120000000000 ] || { echo "run_ha_bench: nothing accepted in 120 s" >&2; exit 1; }
    sleep 0.05
  done
  accepted=$(date +%s%N)
  printf '  run %s: %5d ms (promotion took %d ms), %d refused before\n' "$f" $(((accepted - lost) / 1000000)) \
    $(((promoted - lost) / 1000000)) "$tries"
  "$PAIR" stop "$dir"
done
