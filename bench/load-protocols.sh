#!/usr/bin/env bash
# Creates database NAME on the server at 127.0.0.1:5432 (BENCH_PGPORT), migrates it with the built
# jar (with the demo accounts: officer in 710001, supervisor in 71, … as in the README) and loads N
# generated protocols into it (bench/protocols-data.sql, docs/data-generator.md). The database is
# kept: bench/run-search-benchmark.sh NAME searches it; drop it with `dropdb -h 127.0.0.1 -U postgres NAME`.
# Usage: [BENCH_LEDGER=0] bench/load-protocols.sh NAME [protocols=10000000] [seed=16]
#   BENCH_LEDGER=0: without the ledger entries (docs/data-generator.md), to stay within ~20 GB at 10M
#   (needs psql and app/target/ecase.jar: ./mvnw -DskipTests package; BENCH_JAR names another jar)
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"
n="${2:-10000000}"
seed="${3:-16}"
port=18095
. bench/common.sh
fresh_database "$name"
echo "== migrating $db (the built jar, started once, with the demo accounts)"
start_app "$port"
stop_app
db_kept="$db"
db=""   # keep the database on exit
echo "== $n protocols (seed $seed)"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$n" -v seed="$seed" -v ledger="${BENCH_LEDGER:-1}" -d "$db_kept" -f bench/protocols-data.sql
echo "loaded in $(( $(date +%s) - start )) s"
psql -d "$db_kept" -Atc "select 'protocols ' || (select count(*) from offence_protocols) || ', events '
  || (select count(*) from offence_protocol_events) || ', ledger entries ' || (select count(*) from ledger_entries)
  || ', database ' || pg_size_pretty(pg_database_size(current_database()))"
