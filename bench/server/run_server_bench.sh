#!/bin/bash
# Load benchmark of hotline-server on loopback with wrk, head to head with the cpp-httplib server it
# replaced (baseline_server.sh builds that one once). Both servers run at once on seeded databases of
# their own; every endpoint is measured on one, then the other, in ROUNDS interleaved rounds (the order
# swaps each round), so a machine whose load drifts slows both alike: the medians' ratio is what
# counts. Bounded: each wrk run lasts DURATION seconds against 127.0.0.1 only; every process this
# script starts is stopped at the end.
#
#   bench/server/run_server_bench.sh BUILD/server/hotline-server [DURATION] [CONNECTIONS]
#
# ROUNDS (default 5) sets the rounds; BASELINE=path/to/hotline-server picks another baseline binary,
# BASELINE=none measures the server alone. Then GET and POST on the server while hold_connections.py
# holds HOLD_IDLE (default 1000) idle and HOLD_SLOW (default 200) slow connections (issue 16);
# HOLD_IDLE=0 HOLD_SLOW=0 skips that part. NGINX=1 adds nginx serving the same JSON statically (the
# ceiling). SERVER_LIMITS='{"io_threads": 4}' sets the server's config "limits" (docs/server.md).
set -eu
SERVER=${1:?usage: run_server_bench.sh path/to/hotline-server [duration-seconds] [connections]}
DURATION=${2:-5}
CONNECTIONS=${3:-16}
ROUNDS=${ROUNDS:-5}
HOLD_IDLE=${HOLD_IDLE:-1000}
HOLD_SLOW=${HOLD_SLOW:-200}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${BASELINE:-}" = none ]; then
  BASELINE=""
elif [ -z "${BASELINE:-}" ]; then
  BASELINE=$("$HERE/baseline_server.sh")
fi
WORK=$(mktemp -d /tmp/hotline-bench-XXXXXX)
chmod 755 "$WORK"  # nginx workers run as an unprivileged user
declare -A PID PORT ID
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

start_server() {  # name binary limits-json
  mkdir -p "$WORK/$1"
  cat > "$WORK/$1/config.json" <<JSON
{"api_keys": [{"client": "web", "key": "bench-web-key-0001", "channel": "web"}],
 "rate_limit": {"per_second": 1000000, "burst": 1000000}${3:+, \"limits\": $3}}
JSON
  "$2" serve --port 0 --db "$WORK/$1/bench.db" --seed --config "$WORK/$1/config.json" --access-log off \
    > "$WORK/$1/server.out" 2> "$WORK/$1/server.err" &
  PID[$1]=$!
  PIDS+=("${PID[$1]}")
  for _ in $(seq 100); do grep -q listening "$WORK/$1/server.out" 2>/dev/null && break; sleep 0.1; done
  PORT[$1]=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$WORK/$1/server.out")
  # Some data to read: 200 requests.
  local base="http://127.0.0.1:${PORT[$1]}/open311/v2"
  for i in $(seq 200); do
    curl -s -o /dev/null -X POST "$base/requests.json" \
      --data-urlencode "api_key=bench-web-key-0001" --data-urlencode "service_code=BJ-0101" \
      --data-urlencode "description=第${i}号井盖破损，请尽快处理" --data-urlencode "phone=13812345678" \
      --data-urlencode "first_name=明" --data-urlencode "last_name=王" --data-urlencode "address_string=鼓楼区东街${i}号"
  done
  ID[$1]=$(curl -s "$base/requests.json?page_size=1" | sed -n 's/.*"service_request_id":"\([0-9]*\)".*/\1/p')
}

cpu_ticks() {  # user + system clock ticks of a process so far
  awk '{print $14 + $15}' "/proc/$1/stat"
}

run() {  # round endpoint server url [script]: one wrk run, appended to results.tsv
  local pid=${PID[$3]:-} before=0 out ticks
  [ -n "$pid" ] && before=$(cpu_ticks "$pid")
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${5:+-s "$5"} "$4")
  ticks=0
  [ -n "$pid" ] && ticks=$(($(cpu_ticks "$pid") - before))
  local answers rps p99 non2xx failed
  answers=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  p99=$(echo "$out" | sed -n 's/^ *99% *\([0-9.a-z]*\).*/\1/p')
  non2xx=$(echo "$out" | sed -n 's/^non2xx=\(.*\)/\1/p; s/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | head -1)
  # connect + read + write + timeout errors: requests that got no answer at all.
  failed=$(echo "$out" | sed -n 's/^ *Socket errors: *//p' | tr -cs '0-9' '\n' | awk '{s += $1} END {print s + 0}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "${rps:-0}" "${p99:--}" "${non2xx:-0}" \
    "$failed" "$ticks" "${answers:-0}" >> "$WORK/results.tsv"
  printf '  round %s  %-36s %-10s %10s req/s  p99 %8s  non-2xx %s  failed %s\n' "$1" "$2" "$3" "${rps:-0}" \
    "${p99:--}" "${non2xx:-0}" "$failed"
}

# Every endpoint of a round on one server: name, path, wrk script.
ENDPOINTS=(
  "GET requests/{id}.json|/open311/v2/requests/@ID@.json|"
  "GET requests/{id}.json?extensions|/open311/v2/requests/@ID@.json?extensions=true|"
  "GET requests.json (50 per page)|/open311/v2/requests.json|"
  "POST requests.json (durable)|/open311/v2/requests.json|$HERE/post_request.lua"
)
measure_round() {  # round server
  local entry name path script
  for entry in "${ENDPOINTS[@]}"; do
    IFS='|' read -r name path script <<< "$entry"
    run "$1" "$name" "$2" "http://127.0.0.1:${PORT[$2]}${path//@ID@/${ID[$2]}}" "$script"
  done
}

start_server server "$SERVER" "${SERVER_LIMITS:-}"
SERVERS=(server)
if [ -n "$BASELINE" ]; then
  start_server httplib "$BASELINE" ""
  SERVERS=(server httplib)
fi
echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s on 127.0.0.1, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server:  $SERVER"
echo "httplib: ${BASELINE:-(not measured)}"

if [ "${NGINX:-0}" = 1 ]; then
  curl -s "http://127.0.0.1:${PORT[server]}/open311/v2/requests/${ID[server]}.json" > "$WORK/static.json"
  NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
  cp "$WORK/static.json" "$WORK/nginx/html/request.json"
  cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
error_log $WORK/nginx/logs/error.log;
pid $WORK/nginx/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp;
  proxy_temp_path $WORK/nginx/tmp;
  fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp;
  scgi_temp_path $WORK/nginx/tmp;
  types { application/json json; }
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/html; }
}
CONF
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>/dev/null &
  PIDS+=("$!")
  sleep 0.5
  run 0 "static JSON, same size (ceiling)" nginx "http://127.0.0.1:$NGINX_PORT/request.json"
fi

for round in $(seq "$ROUNDS"); do
  order=("${SERVERS[@]}")
  if [ $((round % 2)) = 0 ] && [ ${#SERVERS[@]} = 2 ]; then
    order=(httplib server)
  fi
  for name in "${order[@]}"; do
    measure_round "$round" "$name"
  done
done

if [ "$HOLD_IDLE" -gt 0 ] || [ "$HOLD_SLOW" -gt 0 ]; then
  python3 "$HERE/hold_connections.py" "${PORT[server]}" "$HOLD_IDLE" "$HOLD_SLOW" $((DURATION * 2 + 15)) \
    > "$WORK/hold.out" &
  hold=$!
  PIDS+=("$hold")
  sleep 5  # all of them connected and dribbling
  base="http://127.0.0.1:${PORT[server]}/open311/v2"
  run held "GET requests/{id}.json, held" server "$base/requests/${ID[server]}.json"
  run held "POST requests.json (durable), held" server "$base/requests.json" "$HERE/post_request.lua"
  wait "$hold" || true
  sed 's/^/  /' "$WORK/hold.out"
fi

echo
python3 "$HERE/summarize_rounds.py" "$WORK/results.tsv" "$(getconf CLK_TCK)"
for name in "${SERVERS[@]}"; do
  COUNT=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from requests').fetchone()[0])" "$WORK/$name/bench.db")
  echo "$name: requests stored: $COUNT (200 seeded + every accepted POST; synchronous=FULL, WAL)"
done
