#!/usr/bin/env bash
# Brings a database loaded by bench/load-protocols.sh with an older jar up to this one's schema in
# place (its data kept): the built jar is started once on it, so that Flyway applies the pending
# migrations (for the name search, V2026_12_08_1800: offence_protocol_names gets its words as
# generated columns, the table is rewritten, and the B-tree offence_protocol_names_by_words is
# built; ~minutes at 10 million), then offence_protocol_names is vacuumed (the visibility map its
# index-only scans need) and analysed.
# Usage: bench/upgrade-search-db.sh DATABASE   (needs psql and app/target/ecase.jar, BENCH_JAR)
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"
port=18097
. bench/common.sh
db="$target"
trap 'stop_app; rm -rf "$workdir"' EXIT   # keep the database
echo "== $(date -u +%H:%M:%S) migrating $db (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s)
BENCH_START_SECONDS=7200 start_app "$port"
stop_app
echo "== migrated in $(( $(date +%s) - start )) s; vacuum (analyze) offence_protocol_names"
start=$(date +%s)
psql -d "$db" -c "vacuum (analyze) offence_protocol_names"
echo "== vacuumed in $(( $(date +%s) - start )) s"
psql -d "$db" -Atc "select 'offence_protocol_names ' || pg_size_pretty(pg_table_size('offence_protocol_names'))
  || ', its word index ' || pg_size_pretty(pg_relation_size('offence_protocol_names_by_words'))
  || ', trigram index ' || pg_size_pretty(pg_relation_size('offence_protocol_names_trigrams'))"
