#!/bin/bash
# A throwaway PostgreSQL primary and a synchronous streaming hot standby on loopback, for the fault
# tests and bench/server, made of tests/support/pg/pg_cluster.sh's clusters (DIR/primary,
# DIR/standby). The standby is synchronous, so a commit the primary acknowledged is on the standby
# when the primary is lost.
#
#   pg_standby_pair.sh start DIR [OWNER_PID]   primary and standby up; prints "PRIMARY_PORT STANDBY_PORT";
#                                     with OWNER_PID, a watcher stops both once that process is gone
#                                     (a test killed by its timeout runs no clean-up of its own)
#   pg_standby_pair.sh lose-primary DIR   the primary stops at once (immediate: no shutdown checkpoint)
#   pg_standby_pair.sh promote DIR    the standby becomes the primary (pg_ctl promote, waits)
#   pg_standby_pair.sh stop DIR       stops whatever of the two still runs (safe to call twice)
#
# DIR must be new or empty, under /tmp; `start` stops what it started if it fails. Database
# "hotline", user "hotline", trust on 127.0.0.1 only. PG_BIN overrides /usr/lib/postgresql/15/bin.
set -eu
COMMAND=${1:?usage: pg_standby_pair.sh start|lose-primary|promote|stop DIR}
DIR=${2:?usage: pg_standby_pair.sh start|lose-primary|promote|stop DIR}
CLUSTER="$(cd "$(dirname "$0")/../support/pg" && pwd)/pg_cluster.sh"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# The watcher below outlives this script: it must not hold what the caller leaked (pg_cluster.sh).
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  case $fd in 0 | 1 | 2 | 255) ;; *) eval "exec $fd>&-" 2> /dev/null || true ;; esac
done

stop_node() {  # name
  if [ -f "$DIR/$1/data/postmaster.pid" ]; then
    "$CLUSTER" kill "$DIR/$1" > /dev/null 2>&1 || true
  fi
}

primary_sql() {  # psql arguments, on the primary's postgres database
  "$PG_BIN/psql" "$(cat "$DIR/primary/conninfo")" -v ON_ERROR_STOP=1 -qAt "$@"
}

case "$COMMAND" in
  start)
    mkdir -p "$DIR"
    trap 'stop_node standby; stop_node primary' ERR
    "$CLUSTER" start "$DIR/primary" 0
    primary_sql -c "CREATE ROLE hotline LOGIN SUPERUSER" -c "CREATE DATABASE hotline OWNER hotline" > /dev/null
    "$CLUSTER" standby "$DIR/standby" 0 "$DIR/primary" > /dev/null
    # Synchronous only now: until the standby streams, every commit on the primary would wait for it.
    # WAL is kept for a standby that falls behind under a benchmark's load.
    primary_sql -c "ALTER SYSTEM SET synchronous_standby_names = '*'" -c "ALTER SYSTEM SET wal_keep_size = '256MB'" \
      -c "SELECT pg_reload_conf()" > /dev/null
    state=
    for _ in $(seq 100); do
      state=$(primary_sql -c "SELECT sync_state FROM pg_stat_replication" 2> /dev/null || true)
      [ "$state" = sync ] && break
      sleep 0.1
    done
    if [ "$state" != sync ]; then
      echo "pg_standby_pair: the standby is not streaming synchronously ('$state')" >&2
      false
    fi
    PORTS="$(cat "$DIR/primary/port") $(cat "$DIR/standby/port")"
    if [ -n "${3:-}" ]; then
      self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
      setsid bash -c 'while kill -0 "$1" 2> /dev/null; do sleep 1; done; "$0" stop "$2"' "$self" "$3" "$DIR" \
        < /dev/null > /dev/null 2>&1 &
    fi
    echo "$PORTS"
    ;;
  lose-primary) "$CLUSTER" kill "$DIR/primary" ;;
  promote) "$CLUSTER" promote "$DIR/standby" ;;
  stop)
    stop_node standby
    stop_node primary
    ;;
  *)
    echo "pg_standby_pair: unknown command '$COMMAND' (start, lose-primary, promote, stop)" >&2
    exit 2
    ;;
esac
