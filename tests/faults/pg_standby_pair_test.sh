#!/bin/bash
# The throwaway primary and standby (pg_standby_pair.sh) behave as the failover test needs: a commit
# acknowledged by the primary is on the standby; a multi-host URI with target_session_attrs=read-write
# reaches the primary before the loss and the promoted standby after it; stop leaves nothing running.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PAIR="$HERE/pg_standby_pair.sh"
WORK=$(mktemp -d /tmp/hotline-pgpair-XXXXXX)
trap '"$PAIR" stop "$WORK/pg"; rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
RUN_AS=()
[ "$(id -u)" = 0 ] && RUN_AS=(setpriv --reuid=nobody --regid=nogroup --clear-groups --reset-env --)
sql() { "${RUN_AS[@]}" psql "$1" -v ON_ERROR_STOP=1 -qAtc "$2"; }

read -r PRIMARY STANDBY < <("$PAIR" start "$WORK/pg" $$)
URI="postgresql://hotline@127.0.0.1:$PRIMARY,127.0.0.1:$STANDBY/hotline?target_session_attrs=read-write&connect_timeout=2"

[ "$(sql "$URI" 'SELECT inet_server_port()')" = "$PRIMARY" ] || fail "read-write session not on the primary"
sql "$URI" "CREATE TABLE acknowledged(n int PRIMARY KEY); INSERT INTO acknowledged SELECT generate_series(1, 500)" \
  > /dev/null
# Synchronous: the 500 rows are on the standby the moment the primary acknowledged them.
[ "$(sql "postgresql://hotline@127.0.0.1:$STANDBY/hotline" 'SELECT pg_is_in_recovery(), count(*) FROM acknowledged')" = "t|500" ] ||
  fail "the standby does not hold what the primary acknowledged"
if sql "postgresql://hotline@127.0.0.1:$STANDBY/hotline" 'INSERT INTO acknowledged VALUES (0)' 2> /dev/null; then
  fail "the standby accepted a write before its promotion"
fi

"$PAIR" lose-primary "$WORK/pg"
if sql "$URI" 'SELECT 1' 2> /dev/null; then
  fail "a read-write session was found with the primary lost and the standby not promoted"
fi
"$PAIR" promote "$WORK/pg"
[ "$(sql "$URI" 'INSERT INTO acknowledged VALUES (501); SELECT inet_server_port(), count(*) FROM acknowledged')" = "$STANDBY|501" ] ||
  fail "after promotion the read-write session is not on the former standby with every row"

"$PAIR" stop "$WORK/pg"
for node in primary standby; do
  [ -f "$WORK/pg/$node/port" ] && [ ! -f "$WORK/pg/$node/data/postmaster.pid" ] || fail "$node still running after stop"
done
echo "pg_standby_pair: primary $PRIMARY lost, standby $STANDBY promoted, 501 rows, nothing left running"
