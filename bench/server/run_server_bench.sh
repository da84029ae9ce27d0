#!/bin/sh
# Load benchmark of hotline-server on loopback with wrk, side by side with nginx serving a static
# JSON file of the same size (the ceiling). Bounded: each wrk run lasts DURATION seconds and targets
# 127.0.0.1 only; both servers run in the foreground of this script and are stopped at the end.
#
#   bench/server/run_server_bench.sh BUILD/server/hotline-server [DURATION] [CONNECTIONS]
#
# Then GET and POST again while hold_connections.py holds HOLD_IDLE (default 1000) idle and HOLD_SLOW
# (default 200) slow connections (issue 16); HOLD_IDLE=0 HOLD_SLOW=0 skips that part.
# SERVER_LIMITS='{"io_threads": 8}' sets the config file's "limits" (docs/server.md).
set -eu
SERVER=${1:?usage: run_server_bench.sh path/to/hotline-server [duration-seconds] [connections]}
DURATION=${2:-10}
CONNECTIONS=${3:-16}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/hotline-bench-XXXXXX)
chmod 755 "$WORK"  # nginx workers run as an unprivileged user
HOLD_IDLE=${HOLD_IDLE:-1000}
HOLD_SLOW=${HOLD_SLOW:-200}
SERVER_PID=""
NGINX_PID=""
HOLD_PID=""
cleanup() {
  [ -n "$HOLD_PID" ] && kill "$HOLD_PID" 2>/dev/null && wait "$HOLD_PID" 2>/dev/null
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

cat > "$WORK/config.json" <<JSON
{"api_keys": [{"client": "web", "key": "bench-web-key-0001", "channel": "web"}],
 "rate_limit": {"per_second": 1000000, "burst": 1000000}${SERVER_LIMITS:+, \"limits\": $SERVER_LIMITS}}
JSON
"$SERVER" serve --port 0 --db "$WORK/bench.db" --seed --config "$WORK/config.json" --access-log off \
  > "$WORK/server.out" 2> "$WORK/server.err" &
SERVER_PID=$!
for _ in $(seq 50); do grep -q listening "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$WORK/server.out")
BASE="http://127.0.0.1:$PORT/open311/v2"

# Some data to read: 200 requests.
for i in $(seq 200); do
  curl -s -o /dev/null -X POST "$BASE/requests.json" \
    --data-urlencode "api_key=bench-web-key-0001" --data-urlencode "service_code=BJ-0101" \
    --data-urlencode "description=第${i}号井盖破损，请尽快处理" --data-urlencode "phone=13812345678" \
    --data-urlencode "first_name=明" --data-urlencode "last_name=王" --data-urlencode "address_string=鼓楼区东街${i}号"
done
ID=$(curl -s "$BASE/requests.json?page_size=1" | sed -n 's/.*"service_request_id":"\([0-9]*\)".*/\1/p')
curl -s "$BASE/requests/$ID.json" > "$WORK/static.json"

# nginx: same-size static JSON, generated config, not a daemon.
mkdir -p "$WORK/nginx/html" "$WORK/nginx/logs"
cp "$WORK/static.json" "$WORK/nginx/html/request.json"
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
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
timeout $((DURATION * 4 + 60)) nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>/dev/null &
NGINX_PID=$!
sleep 0.5

cpu_ticks() {  # user + system clock ticks of the server process so far
  awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"
}

run() {  # name url [script]
  before=$(cpu_ticks)
  out=$(timeout $((DURATION + 30)) wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency ${3:+-s "$3"} "$2")
  ticks=$(($(cpu_ticks) - before))
  done_requests=$(echo "$out" | sed -n 's/^ *\([0-9]*\) requests in.*/\1/p')
  # Server CPU per answer: unlike req/s, it does not depend on what else runs on the machine.
  cpu_us=$(python3 -c "import os,sys; t,n=int(sys.argv[1]),int(sys.argv[2] or 0); print(f'{t*1e6/os.sysconf(\"SC_CLK_TCK\")/n:.0f}' if n else '-')" "$ticks" "$done_requests")
  case "$1" in nginx*) cpu_us="-" ;; esac
  rps=$(echo "$out" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p')
  p99=$(echo "$out" | sed -n 's/^ *99% *\([0-9.a-z]*\).*/\1/p')
  errors=$(echo "$out" | sed -n 's/^non2xx=\(.*\)/\1/p; s/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' | head -1)
  socket=$(echo "$out" | sed -n 's/^ *Socket errors: *\(.*\)/\1/p')
  printf '%-34s %12s %10s %8s %10s  %s\n' "$1" "$rps" "$p99" "${errors:-0}" "$cpu_us" "${socket:+socket errors: $socket}"
}

echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s on 127.0.0.1, $(nproc) cores; response of $(wc -c < "$WORK/static.json") bytes"
printf '%-34s %12s %10s %8s %10s\n' "endpoint" "req/s" "p99" "non-2xx" "CPU us/req"
run "nginx static JSON (ceiling)" "http://127.0.0.1:$NGINX_PORT/request.json"
run "GET requests/{id}.json" "$BASE/requests/$ID.json"
run "GET requests/{id}.json?extensions" "$BASE/requests/$ID.json?extensions=true"
run "GET requests.json (50 per page)" "$BASE/requests.json"
run "POST requests.json (durable)" "$BASE/requests.json" "$HERE/post_request.lua"
if [ "$HOLD_IDLE" -gt 0 ] || [ "$HOLD_SLOW" -gt 0 ]; then
  python3 "$HERE/hold_connections.py" "$PORT" "$HOLD_IDLE" "$HOLD_SLOW" $((DURATION * 2 + 15)) > "$WORK/hold.out" &
  HOLD_PID=$!
  sleep 5  # all of them connected and dribbling
  run "GET requests/{id}.json, held" "$BASE/requests/$ID.json"
  run "POST requests.json, held" "$BASE/requests.json" "$HERE/post_request.lua"
  wait "$HOLD_PID" || true
  HOLD_PID=""
  sed 's/^/  /' "$WORK/hold.out"
fi
COUNT=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from requests').fetchone()[0])" "$WORK/bench.db")
echo "requests stored: $COUNT (200 seeded + every accepted POST; synchronous=FULL, WAL)"
