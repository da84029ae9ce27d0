#!/bin/bash
# A throwaway PostgreSQL primary and a streaming hot standby on loopback, for the fault tests and
# bench/server: initdb, pg_basebackup -R and pg_ctl in DIR, run as an unprivileged user when called as
# root (PostgreSQL refuses root; CI runs as root). The standby is synchronous, so a commit the primary
# acknowledged is on the standby when the primary is lost.
#
#   pg_standby_pair.sh start DIR [OWNER_PID]   primary and standby up; prints "PRIMARY_PORT STANDBY_PORT";
#                                     with OWNER_PID, a watcher stops both once that process is gone
#                                     (a test killed by its timeout runs no clean-up of its own)
#   pg_standby_pair.sh lose-primary DIR   the primary stops at once (immediate: no shutdown checkpoint)
#   pg_standby_pair.sh promote DIR    the standby becomes the primary (pg_ctl promote, waits)
#   pg_standby_pair.sh stop DIR       stops whatever of the two still runs (safe to call twice)
#
# DIR must be new or empty; `start` stops what it started if it fails. Database "hotline", user
# "hotline", trust on 127.0.0.1 only. PG_BIN overrides /usr/lib/postgresql/15/bin.
set -eu
COMMAND=${1:?usage: pg_standby_pair.sh start|lose-primary|promote|stop DIR}
DIR=${2:?usage: pg_standby_pair.sh start|lose-primary|promote|stop DIR}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# Descriptors the caller leaked (such as the write end of the pipe that reads this script's output)
# would stay open in postgres for its whole life, and the caller would wait for their end forever.
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  case $fd in 0 | 1 | 2 | 255) ;; *) eval "exec $fd>&-" 2> /dev/null || true ;; esac
done
RUN_AS=()
if [ "$(id -u)" = 0 ]; then
  RUN_AS=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env --)
fi

as_pg() { "${RUN_AS[@]}" "$@"; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

stop_node() {  # name
  if [ -f "$DIR/$1/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$DIR/$1" -m immediate -w -t 30 > /dev/null 2>&1 || true
  fi
}

start_node() {  # name
  as_pg "$PG_BIN/pg_ctl" start -D "$DIR/$1" -l "$DIR/$1.log" -w -t 60 > /dev/null ||
    { echo "pg_standby_pair: $1 did not start:" >&2; tail -20 "$DIR/$1.log" >&2; return 1; }
}

case "$COMMAND" in
  start)
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    if [ "$(id -u)" = 0 ]; then
      chown nobody:nogroup "$DIR"
      # nobody must reach DIR: open the temporary folders above it for traversal.
      parent=$(dirname "$DIR")
      while [ "$parent" != / ] && [ "$parent" != /tmp ]; do chmod o+x "$parent"; parent=$(dirname "$parent"); done
    fi
    trap 'stop_node standby; stop_node primary' ERR
    read -r PRIMARY_PORT STANDBY_PORT < <(echo "$(free_port) $(free_port)")
    as_pg "$PG_BIN/initdb" -D "$DIR/primary" -U hotline --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      > "$DIR/initdb.log"
    cat >> "$DIR/primary/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$DIR'
max_connections = 100
wal_keep_size = '256MB'
CONF
    start_node primary
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PRIMARY_PORT" -U hotline hotline
    as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U hotline -D "$DIR/standby" -R -X stream \
      -c fast
    cat >> "$DIR/standby/postgresql.conf" <<CONF
port = $STANDBY_PORT
CONF
    start_node standby
    # Synchronous only now: until the standby streams, every commit on the primary would wait for it.
    as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U hotline -d hotline -qc \
      "ALTER SYSTEM SET synchronous_standby_names = '*'" -c "SELECT pg_reload_conf()" > /dev/null
    for _ in $(seq 100); do
      state=$(as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U hotline -d hotline -Atc \
        "SELECT sync_state FROM pg_stat_replication" 2>/dev/null || true)
      [ "$state" = sync ] && break
      sleep 0.1
    done
    if [ "$state" != sync ]; then
      echo "pg_standby_pair: the standby is not streaming synchronously ('$state')" >&2
      false
    fi
    echo "$PRIMARY_PORT $STANDBY_PORT" > "$DIR/ports"
    if [ -n "${3:-}" ]; then
      self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
      setsid bash -c 'while kill -0 "$1" 2> /dev/null; do sleep 1; done; "$0" stop "$2"' "$self" "$3" "$DIR" \
        < /dev/null > /dev/null 2>&1 &
    fi
    echo "$PRIMARY_PORT $STANDBY_PORT"
    ;;
  lose-primary) stop_node primary ;;
  promote) as_pg "$PG_BIN/pg_ctl" promote -D "$DIR/standby" -w -t 60 > /dev/null ;;
  stop)
    stop_node standby
    stop_node primary
    ;;
  *)
    echo "pg_standby_pair: unknown command '$COMMAND' (start, lose-primary, promote, stop)" >&2
    exit 2
    ;;
esac
