#!/usr/bin/env bash
# Ledger appends vs the machine's own limit, in one run: pgbench's single-row insert tps at 8
# clients, then ecase's appends with 8 writers, then pgbench again, all against the same PostgreSQL
# server; prints the ratio of appends/s to pgbench's mean tps (the issue's target: 0.50).
# LedgerBenchmark#appendPaths then runs Ledger#record, the same insert through Spring, and plain JDBC
# in turns (3 rounds, BENCH_ROUNDS), so that the JIT and a busy machine weigh on each alike: its RATIO path lines.
# Usage: bench/run-append-benchmark.sh [seconds]   (needs psql/pgbench and a server at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
db="ecase_bench_appends_$$"
if [ "$(psql -Atc "show autovacuum")" != "on" ]; then
  echo "WARNING: autovacuum is off on this PostgreSQL server: ledger_pending fills with dead rows and the"
  echo "         integrator slows down within the run (docs/operations.md); the figures are not representative."
fi
psql -q -c "create database $db"
tmp=$(mktemp -d)
trap 'psql -q -c "drop database if exists $db"; rm -rf "$tmp"' EXIT
psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'ecase_bench') then create role ecase_bench login; end if; end \$\$"
psql -q -d "$db" -c "create schema ceiling; create table ceiling.pgbench_ceiling (id bigint generated always as identity primary key, payload text)"
psql -d "$db" -Atc "show synchronous_commit" | sed 's/^/synchronous_commit=/'
# the WAL of this database alone (the server's other databases write too): pg_walinspect (15+)
psql -q -d "$db" -c "create extension if not exists pg_walinspect" \
  -c "grant execute on function pg_get_wal_records_info(pg_lsn, pg_lsn) to ecase_bench" || true
# CPU (in clock ticks of 10 ms) of this database's backends and of pgbench, the server's WAL
# (pg_stat_wal: every database's) and the rows inserted, at one moment
snapshot() {
  local backends client=0
  backends=$(psql -d "$db" -Atc "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()" |
    while read -r pid; do awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }')
  [ -n "${1:-}" ] && client=$(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0)
  echo "$backends $client $(psql -d "$db" -Atc "select w.wal_bytes::bigint, w.wal_records, w.wal_fpi, (select coalesce(max(id), 0) from ceiling.pgbench_ceiling), pg_current_wal_insert_lsn() from pg_stat_wal w" | tr '|' ' ')"
}
ceiling() {
  echo "== pgbench: single-row inserts, 8 clients, ${seconds}s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  pgbench -n -c 8 -j 2 -T "$seconds" -f bench/pgbench-insert.sql "$db" >"$tmp/pgbench" &
  local client=$!
  # the cost per insert over the middle of the run (pgbench's connections are open then)
  sleep 1
  local from to
  from=$(snapshot "$client")
  sleep $((seconds - 3))
  to=$(snapshot "$client")
  wait "$client"
  grep -E "tps|latency average" "$tmp/pgbench"
  awk '/^tps/ { print $3 }' "$tmp/pgbench" >>"$tmp/tps"
  # this database's WAL over the same window (records naming its blocks, and their commits)
  local own
  own=$(psql -d "$db" -AtF' ' -c "with r as (select * from pg_get_wal_records_info('$(echo "$from" | cut -d' ' -f7)', '$(echo "$to" | cut -d' ' -f7)')),
    mine as (select r.* from r where r.block_ref like '%/' || (select oid from pg_database where datname = current_database()) || '/%'),
    commits as (select r.* from r where r.resource_manager = 'Transaction' and r.xid in (select xid from mine where xid <> '0'))
    select coalesce(sum(record_length), 0), count(*), count(*) filter (where fpi_length > 0) from (select * from mine union all select * from commits) w" 2>/dev/null || echo "0 0 0")
  echo "$from $to $own" | awk -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" '{ n = $13 - $6; if (n <= 0 || $9 == 0) { print "BENCH cost pgbench: n/a (pgbench ended before the second look)"; exit }
    printf "BENCH cost pgbench: inserts=%d µs/insert: client=%.0f backends=%.0f | server WAL/insert: bytes=%.0f records=%.2f fpi=%.3f | this database'"'"'s WAL/insert: bytes=%.0f records=%.2f fpi=%.3f load=%s\n",
      n, ($9 - $2) * 10000 / n, ($8 - $1) * 10000 / n, ($10 - $3) / n, ($11 - $4) / n, ($12 - $5) / n, $15 / n, $16 / n, $17 / n, loadavg }'
}
ceiling
stats() { psql -d "$db" -Atc "select xact_commit, tup_inserted, tup_deleted from pg_stat_database where datname = current_database()"; }
echo "== ecase ledger appends, 8 writers, ${seconds}s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
before=$(stats)
ECASE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ECASE_DB_USER=ecase_bench ECASE_DB_OWNER=postgres \
  ./mvnw -B -q -pl app -am test -Dspotless.check.skip=true -Dtest='LedgerBenchmark#plainJdbcTransactions+appends+sequencingLatency+appendPaths+costPerAppend' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds="$seconds" -Dbench.writers=8 -Dbench.rounds="${BENCH_ROUNDS:-3}" | grep BENCH | tee "$tmp/bench"
sleep 1
after=$(stats)
# pgbench again after ecase's runs: on a shared machine the two differ, and the ratio with them
ceiling
pgbench_tps=$(awk '{ sum += $1 } END { printf "%.0f", sum / NR }' "$tmp/tps")
echo "pgbench before and after: $(paste -sd/ "$tmp/tps") tps, mean $pgbench_tps"
# the ratio the issue asks for, in the same run: ecase appends/s over pgbench's mean tps
awk -v tps="$pgbench_tps" '/BENCH appends:/ { for (i = 1; i <= NF; i++) if ($i ~ /^appends\/s=/) { split($i, a, "="); r = a[2] }
  printf "RATIO appends / pgbench = %.0f / %.0f = %.2f (target 0.50)\n", r, tps, r / tps }
  /BENCH plain JDBC/ { for (i = 1; i <= NF; i++) if ($i ~ /^tx\/s=/) { split($i, a, "="); p = a[2] }
  printf "RATIO plain JDBC / pgbench = %.0f / %.0f = %.2f\n", p, tps, p / tps }
  /BENCH path [a-z-]+: mean/ { split($5, a, "="); sub(/:$/, "", $3); printf "RATIO path %s (in turns) / pgbench = %.0f / %.0f = %.2f\n", $3, a[2], tps, a[2] / tps }' "$tmp/bench"
# what the database did for all three benchmarks together (Spring's start-up and migrations
# included): commits and rows, to count statements per append
echo "$before $after" | awk -F'[| ]' '{ printf "DB commits=%d rows inserted=%d deleted=%d (all three runs, with the migrations)\n", $4 - $1, $5 - $2, $6 - $3 }'
