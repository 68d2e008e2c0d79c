#!/usr/bin/env bash
# The daily jobs' scans for protocols by current status (entry into force, enforcement), on a
# region's worth of protocols: the status projection (offence_protocol_status, index ranges) vs
# finding every protocol's latest event (the query before V16), in one run on the same data.
# Usage: bench/run-protocol-scan-benchmark.sh [protocols=1000000]
#   (needs psql, a server at 127.0.0.1:5432 and app/target/ecase.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
port=18093
. bench/common.sh
fresh_database "ecase_bench_scans_$$"

echo "== migrating a fresh database (the built jar, started once)"
start_app "$port" ECASE_DEMO_DATA=false
stop_app

echo "== $n protocols with their events"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$n" -d "$db" -f bench/protocol-scan-data.sql
echo "loaded in $(( $(date +%s) - start )) s: $(psql -d "$db" -Atc "select count(*) || ' events, ' || (select count(*) from offence_protocol_status) || ' status rows' from offence_protocol_events")"

# median of 5 runs of a query, in ms
median() {
  for _ in 1 2 3 4 5; do
    psql -d "$db" -At -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
  done | sort -n | sed -n 3p
}
decided_old="select p.id from offence_protocols p cross join lateral (select e.to_status, e.at from offence_protocol_events e where e.protocol_id = p.id order by e.seq desc limit 1) latest where latest.to_status = 'DECIDED' and latest.at < now() - interval '10 days' order by latest.at limit 500"
decided_new="select protocol_id from offence_protocol_status where status = 'DECIDED' and since < now() - interval '10 days' order by since limit 500"
fines_old="select p.id from offence_protocols p cross join lateral (select e.to_status, e.at from offence_protocol_events e where e.protocol_id = p.id order by e.seq desc limit 1) latest where latest.to_status = 'IN_FORCE' and latest.at < now() - interval '30 days' and not exists (select 1 from offence_protocol_events w where w.protocol_id = p.id and w.type = 'DECIDE_WARNING') order by latest.at limit 500"
fines_new="select protocol_id from offence_protocol_status where status = 'IN_FORCE' and not warning and since < now() - interval '30 days' order by since limit 500"
echo "== a batch of 500 (median of 5 runs, ms): latest events (before) vs status projection (now)"
for job in decided fines; do
  old="${job}_old"; new="${job}_new"
  a=$(median "${!old}"); b=$(median "${!new}")
  found=$(psql -d "$db" -Atc "select count(*) from (${!new}) x")
  awk -v j="$job" -v a="$a" -v b="$b" -v f="$found" 'BEGIN { printf "%-8s %10.1f ms -> %8.2f ms  (%.0fx; %d found)\n", j, a, b, a / b, f }'
done
echo "== the cost at registration: inserting 10 000 events with the projection's trigger vs without"
psql -q -d "$db" -c "create table bench_events_plain (like offence_protocol_events including all)"
timed_insert() {
  psql -d "$db" -At -c '\timing on' -c "insert into $1 (protocol_id, seq, type, from_status, to_status, at, actor, reasons, receipt)
    select md5('p' || i)::uuid, 100, 'CANCEL', 'REGISTERED', 'CANCELLED', now(), 'bench', '', 0 from generate_series(1, 10000) i" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
}
with=$(timed_insert offence_protocol_events); without=$(timed_insert bench_events_plain)
awk -v a="$with" -v b="$without" 'BEGIN { printf "with trigger %.0f ms, without %.0f ms: +%.0f us per event\n", a, b, (a - b) / 10 }'
