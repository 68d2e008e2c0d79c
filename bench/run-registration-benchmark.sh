#!/usr/bin/env bash
# Protocol registration through the HTTP API vs the machine's own limit, in one run (issue 6):
# pgbench's single-row durable insert at 8 and 32 clients, then ecase (java -Xmx512m, the built
# jar, against the same PostgreSQL server) registering protocols from a load generator in its own
# JVM: closed loops of 8 and 32 clients, then an open load at 70 % of the higher rate.
# Officers are spread over 8 departments (4 each), as in a region; one department's
# registrations queue on its gap-free number counter.
# Usage: bench/run-registration-benchmark.sh [seconds] [--profile]
#   (needs psql/pgbench, a server at 127.0.0.1:5432, and app/target/ecase.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
profile="${2:-}"
port=18090
. bench/common.sh
fresh_database "ecase_bench_registration_$$"
psql -q -d "$db" -c "create schema ceiling; create table ceiling.pgbench_ceiling (id bigint generated always as identity primary key, payload text)"
psql -d "$db" -Atc "show synchronous_commit" | sed 's/^/synchronous_commit=/'
for clients in 8 32; do
  echo "== pgbench: single-row durable inserts, $clients clients, ${seconds}s"
  pgbench -n -c "$clients" -j 2 -T "$seconds" -f bench/pgbench-insert.sql "$db" | grep -E "tps|latency average"
done

echo "== ecase: java -Xmx512m -jar app/target/ecase.jar"
[ "$profile" = "--profile" ] && app_java_opts+=(-XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=filename="$PWD/registration.jfr",settings=profile)
start_app "$port"

# 8 departments of region 71 with 4 officers each (the demo officer's password, "demo")
users=()
for d in $(seq 11 18); do
  psql -q -d "$db" -c "insert into units (code, kind, parent_id, name_kk, name_ru, name_en)
    select '7100$d', 'DEPARTMENT', id, 'Бөлім $d', 'Отдел $d', 'Department $d' from units where code = '71'
    on conflict (code) do nothing"
  for o in 1 2 3 4; do
    psql -q -d "$db" -c "insert into user_accounts (username, password_hash, display_name, role, unit_id)
      select 'bench-$d-$o', password_hash, 'Bench officer $d-$o', 'OFFICER', (select id from units where code = '7100$d')
      from user_accounts where username = 'officer' on conflict (username) do nothing"
    users+=("bench-$d-$o")
  done
done
list=$(IFS=,; echo "${users[*]}")
base="http://localhost:$port"
load() {
  java bench/RegistrationLoad.java "$@" 2>"$workdir/load.err" | grep BENCH
  if [ -s "$workdir/load.err" ]; then echo "errors: $(wc -l <"$workdir/load.err")"; head -3 "$workdir/load.err"; fi
}

best=0
for clients in 8 32; do
  line=$(load closed "$base" "$list" "$clients" "$seconds")
  echo "$line"
  rate=$(echo "$line" | sed -n 's/.* = \([0-9.]*\)\/s.*/\1/p')
  best=$(awk -v a="$best" -v b="$rate" 'BEGIN { print (b > a) ? b : a }')
done
seventy=$(awk -v r="$best" 'BEGIN { printf "%d", r * 0.7 }')
echo "== open load at 70 % of the saturation rate ($best/s): $seventy/s"
load open "$base" "$list" "$seventy" "$seconds"
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -4 || true
psql -d "$db" -Atc "select count(*) || ' protocols registered, ' || (select count(*) from ledger_entries) || ' ledger entries' from offence_protocols"
