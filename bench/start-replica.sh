#!/usr/bin/env bash
# A PostgreSQL primary and a streaming read replica of it on this machine, each a cluster of its
# own (initdb / pg_basebackup in DIR), for trying ECASE_DB_REPLICA_URL and for ReadReplicaIT. In
# production any managed replica (or one made the same way) does; see docs/scaling.md.
#
# Usage: bench/start-replica.sh start|stop|stop-replica|start-replica|pause-replay|resume-replay
#   start           initdb the primary (port REPLICA_PRIMARY_PORT, default 25435) configured for
#                   streaming replication, database "ecase" and the login role "ecase_app", then
#                   pg_basebackup a replica of it (port REPLICA_PORT, default 25436) and start it;
#                   prints the two JDBC URLs (ECASE_DB_URL=..., ECASE_DB_REPLICA_URL=...)
#   stop            stops both and removes DIR (the cleanup)
#   stop-replica    stops only the replica (the "replica down" case); start-replica starts it again
#   pause-replay    the replica stops applying WAL (it falls behind: lag grows); resume-replay
# DIR: REPLICA_DIR (default ecase-replica in the system's temporary directory, $TMPDIR or /tmp:
# short, because the servers' sockets live there). Binaries: PG_BIN (default the newest
# /usr/lib/postgresql/*/bin). As root the servers run as the user postgres. Trust authentication
# on 127.0.0.1 only: a test bed, not a production set-up.
set -euo pipefail
command="${1:-start}"
dir="${REPLICA_DIR:-${TMPDIR:-/tmp}/ecase-replica}"
primary_port="${REPLICA_PRIMARY_PORT:-25435}"
replica_port="${REPLICA_PORT:-25436}"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
pgbin="${PG_BIN:-$pgbin}"
[ -x "$pgbin/initdb" ] || { echo "no PostgreSQL binaries at '$pgbin' (set PG_BIN)" >&2; exit 2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
server() { # NAME PORT pg_ctl-arguments...
  local name="$1" port="$2"
  shift 2
  as_postgres "$pgbin/pg_ctl" -D "$dir/$name" -l "$dir/$name.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1" "$@" >/dev/null
}
psql_on() { # PORT SQL
  as_postgres "$pgbin/psql" -X -q -h 127.0.0.1 -p "$1" -U postgres -d "${3:-postgres}" -v ON_ERROR_STOP=1 -Atc "$2"
}

case "$command" in
start)
  if [ -e "$dir/primary" ]; then
    echo "$dir/primary exists: run '$0 stop' first (or set REPLICA_DIR)" >&2; exit 2
  fi
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_postgres "$pgbin/initdb" -D "$dir/primary" -A trust -U postgres -N >/dev/null
  # initdb's pg_hba.conf already lets 127.0.0.1 connect for replication (trust)
  cat >>"$dir/primary/postgresql.conf" <<EOF
# ecase read replica test bed (bench/start-replica.sh)
wal_level = replica
max_wal_senders = 4
hot_standby = on
# lets a test see which server ran a query (pg_stat_statements is per server)
shared_preload_libraries = 'pg_stat_statements'
EOF
  server primary "$primary_port" start
  psql_on "$primary_port" "create database ecase"
  psql_on "$primary_port" "create role ecase_app login"
  psql_on "$primary_port" "create extension pg_stat_statements" ecase
  # the replica: a base backup of the primary that streams its WAL from then on (-R writes
  # standby.signal and primary_conninfo)
  as_postgres "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres \
    -D "$dir/replica" -R -X stream -c fast --no-sync
  server replica "$replica_port" start
  for _ in $(seq 1 50); do
    [ "$(psql_on "$replica_port" "select pg_is_in_recovery()")" = t ] && break
    sleep 0.2
  done
  echo "ECASE_DB_URL=jdbc:postgresql://127.0.0.1:$primary_port/ecase"
  echo "ECASE_DB_REPLICA_URL=jdbc:postgresql://127.0.0.1:$replica_port/ecase"
  ;;
stop)
  for name in replica primary; do
    [ -f "$dir/$name/postmaster.pid" ] && { server "$name" 0 stop -m fast || true; }
  done
  rm -rf "$dir"
  ;;
stop-replica) server replica "$replica_port" stop -m fast ;;
start-replica) server replica "$replica_port" start ;;
pause-replay) psql_on "$replica_port" "select pg_wal_replay_pause()" >/dev/null ;;
resume-replay) psql_on "$replica_port" "select pg_wal_replay_resume()" >/dev/null ;;
*)
  echo "usage: $0 start|stop|stop-replica|start-replica|pause-replay|resume-replay" >&2; exit 2 ;;
esac
