#!/usr/bin/env bash
# Protocol registration through the HTTP API vs the machine's own limit, in one run (issue 6):
# pgbench's single-row durable insert at 8 and 32 clients, then ecase (java -Xmx512m, the built
# jar, against the same PostgreSQL server) registering protocols from a load generator in its own
# JVM: closed loops of 8 and 32 clients, then an open load at 70 % of the higher rate. Each
# registration is of a draft the officer's page looked up first (issue 15); the drafts' look-ups
# are made before each load's measured phase, as officers' pages make them while they type, so the
# rate, latency and CPU are the registrations' (BENCH_LOAD_OPTS=-Dlookup=inline: look-up and
# registration as one measured cycle; -Dlookup=false: drafts never looked up, the registration asks
# the registers itself).
# Officers are spread over 8 departments (4 each), as in a region; one department's
# registrations queue on its gap-free number counter. The officers are listed department by
# department in turn (the first of each department, then the second of each, …), so that client i
# of a closed load is in department i mod 8: 8 clients are 8 officers of 8 departments, as eight
# officers registering at the same moment in a region would be, not four each of two departments
# queueing on two counters (before 2026-12-06 the list was department after department).
# After each ecase load, the SMS notices (issue 13): the outbox backlog when the load stops, how
# long it takes to drain, and the notice lag (registration -> accepted by the gateway:
# sms_outbox.created_at -> sent_at) of the notices registered during that load, p50/p99/max; and
# how many of the notices created during the load were sent before it ended.
# CPU per registration (or cycle; all processes together) over each load's measured phase: the app's java
# process plus PostgreSQL (the benchmark database's backends and the server's own processes), from
# /proc; the load generator's own CPU, the simulators' process's (BENCH_SIMULATORS=process) and the
# whole machine's (less the load generator) beside it. The load generator sends its requests with
# HttpURLConnection on kept-alive connections (since 2026-12-07 late evening; before, the JDK's
# HttpClient, which took 2-3 times the CPU per request on the cores it shares with the app).
# Usage: [BENCH_JAR=path] [BENCH_APP_ENV="VAR=value …"] bench/run-registration-benchmark.sh [seconds] [--profile]
#   BENCH_JAR: the jar to run (default app/target/ecase.jar), e.g. one built from the commit before
#     a change, to compare the two with the same script one after the other
#   BENCH_APP_ENV: settings for the app, e.g. ECASE_NOTIFICATIONS_SMS_CONCURRENCY=4
#   APP_JAVA_OPTS: more options of the app's JVM; BENCH_GC_LOG=path: keep its GC log
#   BENCH_OPEN_RATE=N: only the open load, at N/s (its latency looked into alone)
#   BENCH_SIMULATORS=process: the simulators in a process of their own (needs simulators/target/ecase-simulators.jar)
#   BENCH_LOAD_OPTS: options of the load generator's JVM, e.g. -Dlookup=inline, -Dlookup=false,
#     -Dwarmup=10 -DwarmUpSeconds=0 (smoke run), -Dahead=N. Each load warms the app up first until
#     it is steady (RegistrationLoad#warmUp: 200 cycles, then windows of 1000 by 8 clients until
#     three in a row gain less than 3 % of CPU per cycle with the JIT's compilers under 5 % of the
#     app's CPU, at most -DwarmUpSeconds=600), and prints it
#   BENCH_DB: the database's name (default ecase_bench_registration_PID; created and dropped)
#   (needs psql/pgbench, a server at 127.0.0.1:5432, and app/target/ecase.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
profile="${2:-}"
port=18090
. bench/common.sh
fresh_database "${BENCH_DB:-ecase_bench_registration_$$}"
# WAL per registration (the load generator reads this database's records over its measured phase)
psql -q -d "$db" -c "create extension if not exists pg_walinspect" 2>/dev/null || echo "(no pg_walinspect: no WAL figure)"
psql -d "$db" -Atc "show synchronous_commit" | sed 's/^/synchronous_commit=/'
for clients in 8 32; do
  pgbench_inserts "$clients" "$seconds"
done

echo "== ecase: java -Xmx512m -jar ${BENCH_JAR:-app/target/ecase.jar} ($(git log -1 --format='%h %cs' 2>/dev/null || true) checked out)"
# the app's garbage collections, for the pauses behind a latency tail (kept in $workdir/gc.log;
# BENCH_GC_LOG=path keeps a copy); APP_JAVA_OPTS: more options of the app's JVM
# shellcheck disable=SC2206
app_java_opts+=(${APP_JAVA_OPTS:-} -Xlog:gc:file="$workdir/gc.log")
[ "$profile" = "--profile" ] && app_java_opts+=(-XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=filename="$PWD/registration.jfr",settings=profile)
# BENCH_SIMULATORS=process: the registries, the SMS gateway and AIS BEP as a process of their own
# (as in production they are other machines) instead of inside the app; their CPU then counts in
# "whole machine", not in "app"
sim_settings=()
[ "${BENCH_SIMULATORS:-}" = "process" ] && start_simulators
# shellcheck disable=SC2086
start_app "$port" "${sim_settings[@]}" ${BENCH_APP_ENV:-}

# 8 departments of region 71 with 4 officers each (the demo officer's password, "demo")
add_officers bench "$(seq 11 18)"
list=$(for o in 1 2 3 4; do for d in $(seq 11 18); do printf '%s,' "bench-$d-$o"; done; done)
list="${list%,}"
base="http://localhost:$port"
load() {
  # shellcheck disable=SC2086
  java ${BENCH_LOAD_OPTS:-} -DappPid="$app_pid" -DsimulatorsPid="${simulators_pid:-}" -Ddatabase="$db" bench/RegistrationLoad.java "$@" 2>"$workdir/load.err" | grep BENCH
  if [ -s "$workdir/load.err" ]; then echo "errors: $(wc -l <"$workdir/load.err")"; head -3 "$workdir/load.err"; fi
}

# SMS notices of the protocols registered since $1 (a database timestamp). $2: when the load
# ended; whether the dispatcher kept up: the notices created and those sent (accepted by the
# gateway) during the load's measured seconds (the last $seconds before $2: the load generator
# signs in and warms up first), per second, and those still waiting when it ended.
sms_lag() {
  local since="$1" until="$2" backlog drained=0
  backlog=$(psql -d "$db" -Atc "select count(*) from sms_outbox where status = 'PENDING'")
  psql -d "$db" -Atc "
    with load as (select '$until'::timestamptz - interval '$seconds seconds' as start, '$until'::timestamptz as stop)
    select format('BENCH sms during the load''s %s s: %s notices created (%s/s), %s sent (%s/s); waiting when it ended %s',
      $seconds,
      count(*) filter (where created_at >= start and created_at < stop),
      round(count(*) filter (where created_at >= start and created_at < stop) / $seconds.0, 1),
      count(*) filter (where sent_at >= start and sent_at < stop),
      round(count(*) filter (where sent_at >= start and sent_at < stop) / $seconds.0, 1),
      $backlog)
    from sms_outbox, load where created_at >= '$since'"
  while [ "$(psql -d "$db" -Atc "select count(*) from sms_outbox where status = 'PENDING'")" != 0 ] && [ $drained -lt 300 ]; do
    sleep 1
    drained=$((drained + 1))
  done
  psql -d "$db" -Atc "
    with lag as (select extract(epoch from sent_at - created_at) as s, status from sms_outbox
                 where created_at >= '$since')
    select format('BENCH sms notices: %s registered, %s sent (%s pending, %s failed or no phone); backlog at the end of the load %s, drained in %s s; lag p50 %s s, p99 %s s, max %s s',
      count(*), count(s), count(*) filter (where status = 'PENDING'),
      count(*) filter (where status in ('FAILED', 'NO_PHONE')), $backlog, $drained,
      round(percentile_cont(0.5) within group (order by s)::numeric, 2),
      round(percentile_cont(0.99) within group (order by s)::numeric, 2),
      round(max(s)::numeric, 2))
    from lag"
}
now() { psql -d "$db" -Atc "select now()"; }

best=0
# BENCH_OPEN_RATE=N: the open load alone, at N/s (to look into its latency without the closed loads)
if [ -n "${BENCH_OPEN_RATE:-}" ]; then
  best=$(awk -v r="$BENCH_OPEN_RATE" 'BEGIN { print r / 0.7 }')
else
  for clients in 8 32; do
    since=$(now)
    line=$(load closed "$base" "$list" "$clients" "$seconds")
    until=$(now)
    echo "$line"
    sms_lag "$since" "$until"
    rate=$(echo "$line" | sed -n 's/.* = \([0-9.]*\)\/s.*/\1/p')
    best=$(awk -v a="$best" -v b="$rate" 'BEGIN { print (b > a) ? b : a }')
  done
fi
seventy=$(awk -v r="$best" 'BEGIN { printf "%d", r * 0.7 }')
echo "== open load at 70 % of the saturation rate ($best/s): $seventy/s"
since=$(now)
load open "$base" "$list" "$seventy" "$seconds"
sms_lag "$since" "$(now)"
awk '/Pause/ { v = $NF; sub(/ms$/, "", v); v += 0; n++; sum += v; if (v > max) max = v; if (v > 20) long++ }
  END { if (n) printf "BENCH gc pauses over the whole run: %d, %.0f ms in all, longest %.1f ms, %d over 20 ms\n", n, sum, max, long }' "$workdir/gc.log"
[ -n "${BENCH_GC_LOG:-}" ] && cp "$workdir/gc.log" "$BENCH_GC_LOG"
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -4 || true
psql -d "$db" -Atc "select count(*) || ' protocols registered, ' || (select count(*) from ledger_entries) || ' ledger entries' from offence_protocols"
