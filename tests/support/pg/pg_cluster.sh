#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests, on loopback, run as an unprivileged user (PostgreSQL refuses
# root; when run as root the cluster belongs to the `postgres` system user).
#
#   pg_cluster.sh start DIR PORT                 initdb DIR/data (if new) and start; PORT 0 picks a free one
#   pg_cluster.sh fresh DIR PORT                 destroy what an aborted run left in DIR, then start
#   pg_cluster.sh standby DIR PORT PRIMARY_DIR   pg_basebackup -R from the primary in PRIMARY_DIR, start
#   pg_cluster.sh promote DIR                    the standby in DIR becomes a primary
#   pg_cluster.sh stop DIR                       fast shutdown (the data stays: start again later)
#   pg_cluster.sh kill DIR                       immediate shutdown, as a crash would
#   pg_cluster.sh destroy DIR                    stop and remove DIR
#
# DIR/port holds the port, DIR/conninfo a libpq URI of the `postgres` database (trust authentication
# on 127.0.0.1 only). DIR should be under /tmp: when run as root, the folders between /tmp and DIR are
# opened for traversal so the `postgres` user reaches it. tests/faults/pg_standby_pair.sh builds a
# primary and a synchronous standby from these commands.
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
die() { printf 'pg_cluster: %s\n' "$*" >&2; exit 1; }
[ -x "$BIN/pg_ctl" ] || die "PostgreSQL 15 is not installed ($BIN/pg_ctl missing): run scripts/setup"
# Descriptors the caller leaked (such as the write end of the pipe that reads this script's output)
# would stay open in postgres for its whole life, and the caller would wait for their end forever.
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  case $fd in 0 | 1 | 2 | 255) ;; *) eval "exec $fd>&-" 2>/dev/null || true ;; esac
done

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

prepare_dir() {
  mkdir -p "$1"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$1"
    # A test's mkdtemp folder is 0700: let postgres through the folders between /tmp and DIR (and
    # never open folders elsewhere).
    local parent
    parent=$(dirname "$1")
    case "$parent/" in
      /tmp/*)
        while [ "$parent" != /tmp ]; do
          chmod o+x "$parent"
          parent=$(dirname "$parent")
        done
        ;;
    esac
    runuser -u postgres -- test -w "$1" || die "the postgres user cannot write $1 (use a folder under /tmp)"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Settings for a test cluster: loopback only, sockets inside DIR, streaming replication allowed.
# fsync stays on: the fault tests kill processes, and a crash must find what was acknowledged.
configure() {
  local dir=$1 port=$2
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF
# pg_cluster.sh
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
wal_level = replica
max_wal_senders = 10
hot_standby = on
logging_collector = off
CONF
  echo "$port" | as_owner tee "$dir/port" >/dev/null
  echo "postgresql://postgres@127.0.0.1:$port/postgres" | as_owner tee "$dir/conninfo" >/dev/null
}

start_server() {
  local dir=$1
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    { tail -20 "$dir/server.log" >&2; die "cannot start the server in $dir"; }
}

destroy() {
  if [ -f "$1/data/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$1"
}

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || die "usage: pg_cluster.sh start|fresh|standby|promote|stop|kill|destroy DIR [PORT [PRIMARY_DIR]]"
case "$cmd" in
  fresh | start)
    port=${3:?PORT}
    [ "$cmd" = fresh ] && destroy "$dir"
    prepare_dir "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      [ "$port" = 0 ] && port=$(free_port)
      as_owner "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      configure "$dir" "$port"
    fi
    start_server "$dir"
    ;;
  standby)
    port=${3:?PORT}
    primary=${4:?PRIMARY_DIR}
    prepare_dir "$dir"
    [ "$port" = 0 ] && port=$(free_port)
    as_owner "$BIN/pg_basebackup" -h 127.0.0.1 -p "$(cat "$primary/port")" -U postgres -D "$dir/data" -R -X stream \
      -c fast
    # The copied settings name the primary's port and socket folder: the standby's own come last.
    configure "$dir" "$port"
    start_server "$dir"
    ;;
  promote) as_owner "$BIN/pg_ctl" -D "$dir/data" -w promote >/dev/null ;;
  stop) as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
  kill) as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null ;;
  destroy) destroy "$dir" ;;
  *) die "unknown command '$cmd'" ;;
esac
