#!/usr/bin/env bash
# Ledger appends vs the machine's own limit, in one run: pgbench's single-row insert tps at 8
# clients, then ecase's appends with 8 writers, both against the same PostgreSQL server.
# Usage: bench/run-append-benchmark.sh [seconds]   (needs psql/pgbench and a server at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
db="ecase_bench_appends_$$"
psql -q -c "create database $db"
trap 'psql -q -c "drop database if exists $db"' EXIT
psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'ecase_bench') then create role ecase_bench login; end if; end \$\$"
psql -q -d "$db" -c "create schema ceiling; create table ceiling.pgbench_ceiling (id bigint generated always as identity primary key, payload text)"
psql -d "$db" -Atc "show synchronous_commit" | sed 's/^/synchronous_commit=/'
echo "== pgbench: single-row inserts, 8 clients, ${seconds}s"
pgbench -n -c 8 -j 2 -T "$seconds" -f bench/pgbench-insert.sql "$db" | grep -E "tps|latency average"
echo "== ecase ledger appends, 8 writers, ${seconds}s"
ECASE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" ECASE_DB_USER=ecase_bench ECASE_DB_OWNER=postgres \
  ./mvnw -B -q -pl app -am test -Dspotless.check.skip=true -Dtest='LedgerBenchmark#plainJdbcTransactions+appends+sequencingLatency' \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.seconds="$seconds" -Dbench.writers=8 | grep BENCH
