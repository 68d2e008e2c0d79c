#!/usr/bin/env bash
# Ledger appends vs the machine's own limit, in one run: pgbench's single-row insert tps at 8
# clients, then ecase's appends with 8 writers, then pgbench again, all against the same PostgreSQL
# server; prints the ratio of appends/s to pgbench's mean tps (the issue's target: 0.50).
# LedgerBenchmark#appendPaths then runs Ledger#record, the same insert through Spring, and plain JDBC
# in turns (3 rounds), so that the JIT and a busy machine weigh on each alike: its RATIO path lines.
# Usage: bench/run-append-benchmark.sh [seconds]   (needs psql/pgbench and a server at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
db="ecase_bench_appends_$$"
psql -q -c "create database $db"
tmp=$(mktemp -d)
trap 'psql -q -c "drop database if exists $db"; rm -rf "$tmp"' EXIT
psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'ecase_bench') then create role ecase_bench login; end if; end \$\$"
psql -q -d "$db" -c "create schema ceiling; create table ceiling.pgbench_ceiling (id bigint generated always as identity primary key, payload text)"
psql -d "$db" -Atc "show synchronous_commit" | sed 's/^/synchronous_commit=/'
ceiling() {
  echo "== pgbench: single-row inserts, 8 clients, ${seconds}s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  pgbench -n -c 8 -j 2 -T "$seconds" -f bench/pgbench-insert.sql "$db" | tee "$tmp/pgbench" | grep -E "tps|latency average"
  awk '/^tps/ { print $3 }' "$tmp/pgbench" >>"$tmp/tps"
}
ceiling
stats() { psql -d "$db" -Atc "select xact_commit, tup_inserted, tup_deleted from pg_stat_database where datname = current_database()"; }
echo "== ecase ledger appends, 8 writers, ${seconds}s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
before=$(stats)
ECASE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ECASE_DB_USER=ecase_bench ECASE_DB_OWNER=postgres \
  ./mvnw -B -q -pl app -am test -Dspotless.check.skip=true -Dtest='LedgerBenchmark#plainJdbcTransactions+appends+sequencingLatency+appendPaths' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds="$seconds" -Dbench.writers=8 -Dbench.rounds=3 | grep BENCH | tee "$tmp/bench"
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
