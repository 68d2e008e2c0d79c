#!/usr/bin/env bash
# The duty prosecutor's page and the sweeps (issue 12): GET /investigations/duty and its clocks
# fragment GET /investigations/custody/clocks as the signed-in duty prosecutor of unit 710001, on
# 1 000 000 crime reports and 100 000 running custody clocks (10 000 of them in unit 710001); then
# the custody sweep's pass with nothing due, with clocks crossing 75 % and with overruns, and the
# registration term sweep's pass; beside each round the machine's limit (pgbench `select 1`, and the
# application's health endpoint, which asks the database too).
# Usage: [ROUNDS=3] [REQUESTS=500] [WARM_UP=300] [DUTY_DB=existing_db] \
#          bench/run-duty-benchmark.sh [reports=1000000] [clocks=100000] [duty_clocks=10000]
#   (needs psql, pgbench, a server at 127.0.0.1:5432 and app/target/ecase.jar: ./mvnw -DskipTests package)
#   DUTY_DB: measure on a database this script loaded before (kept, not reloaded, not dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
clocks="${2:-100000}"
duty_clocks="${3:-10000}"
rounds="${ROUNDS:-3}"
requests="${REQUESTS:-500}"
warm_up="${WARM_UP:-300}"
port=18095
. bench/common.sh

if [ -n "${DUTY_DB:-}" ]; then
  db="$DUTY_DB"
  trap 'stop_app; rm -rf "$workdir"' EXIT
else
  fresh_database "ecase_bench_duty_$$"
  echo "== migrating a fresh database (the built jar, started once, with the demo accounts)"
  start_app "$port"
  stop_app
  echo "== $n reports, $clocks running clocks ($duty_clocks in unit 710001) and as many stopped"
  start=$(date +%s)
  psql -q -v ON_ERROR_STOP=1 -v n="$n" -v clocks="$clocks" -v duty_clocks="$duty_clocks" -d "$db" \
    -f bench/duty-data.sql
  echo "loaded in $(( $(date +%s) - start )) s"
fi
psql -d "$db" -At -F ' ' -c "select count(*) || ' reports, ' || (select count(*) from crime_report_events)
  || ' events; unit 710001: ' || count(*) filter (where unit = '710001') || ' reports, '
  || count(*) filter (where unit = '710001' and check_since is not null) || ' waiting for the check'
  from crime_report_status" \
  -c "select count(*) filter (where running) || ' running clocks (' || count(*) filter (where running and unit = '710001')
  || ' in unit 710001), ' || count(*) filter (where not running) || ' stopped' from custody_clock_state"

# the sweeps run often so that a window sees many passes; the custody sweep's default is 15 s
app_java_opts=(-Xmx512m -Decase.investigations.custody.sweep-interval=PT2S
  -Decase.investigations.sweep-interval=10s)
echo "== starting the app (-Xmx512m; custody sweep every 2 s, registration term sweep every 10 s)"
start_app "$port"
base="http://127.0.0.1:$port"

# count, sum (s) and max (s) of a Micrometer timer
timer() {
  curl -fs "$base/actuator/prometheus" | awk -v m="$1" '
    $1 ~ "^" m "_seconds_count" { c = $2 } $1 ~ "^" m "_seconds_sum" { s = $2 } $1 ~ "^" m "_seconds_max" { x = $2 }
    END { printf "%d %f %f\n", c, s, x }'
}
# mean pass of both sweeps over a quiet window of $1 seconds
idle_passes() {
  read -r a0 b0 _ < <(timer ecase_custody_sweep)
  read -r c0 d0 _ < <(timer ecase_investigations_registration_sweep)
  sleep "$1"
  read -r a1 b1 x1 < <(timer ecase_custody_sweep)
  read -r c1 d1 x2 < <(timer ecase_investigations_registration_sweep)
  awk -v c="$((a1 - a0))" -v s0="$b0" -v s1="$b1" -v x="$x1" -v m=ecase.custody.sweep \
    'BEGIN { printf "  %s, nothing due: %d passes, mean %.2f ms (max of the last minutes %.1f ms)\n", m, c, c ? (s1 - s0) / c * 1000 : 0, x * 1000 }'
  awk -v c="$((c1 - c0))" -v s0="$d0" -v s1="$d1" -v x="$x2" -v m=ecase.investigations.registration-sweep \
    'BEGIN { printf "  %s, no term missed (%s): %d passes, mean %.2f ms (max of the last minutes %.1f ms)\n", m, "500 checks waiting too long re-raised", c, c ? (s1 - s0) / c * 1000 : 0, x * 1000 }'
}
# waits for the log lines of a sweep until they account for $2 items; prints them
await_log() {
  local pattern="$1" want="$2" from="$3" seen=0
  for _ in $(seq 1 120); do
    seen=$(tail -n +"$from" "$workdir/app.log" | awk -v p="$pattern" '$0 ~ p { line = $0
      while (match(line, /[0-9]+ (overruns recorded|clocks at 75|missed terms)/)) {
        s += substr(line, RSTART, RLENGTH) + 0; line = substr(line, RSTART + RLENGTH) } } END { print s + 0 }')
    [ "$seen" -ge "$want" ] && break
    sleep 1
  done
  tail -n +"$from" "$workdir/app.log" | sed -nE "/$pattern/ s/^.*(Custody sweep|Registration term sweep)/    \1/p"
}
log_lines() { wc -l <"$workdir/app.log"; }

for round in $(seq 1 "$rounds"); do
  start_round "$round" "$rounds"
  java -DwarmUp="$([ "$round" = 1 ] && echo "$warm_up" || echo 20)" -Drounds=1 -Drequests="$requests" \
    bench/PageLoad.java "$base" duty-prosecutor /investigations/duty /investigations/custody/clocks /actuator/health \
    | sed 's/^round 1 /  /' || { echo "the load generator failed; the app's log:"; tail -40 "$workdir/app.log"; exit 1; }

  idle_passes 30
  for k in 10 1000; do
    from=$(( $(log_lines) + 1 ))
    psql -q -d "$db" -c "update custody_clock_state set alert_at = now() - interval '1 second'
      where clock_id in (select clock_id from custody_clock_state where running and alerted_at is null
                         and alert_at > now() order by clock_id limit $k)"
    echo "  $k clocks crossing 75 % at once:"
    await_log 'Custody sweep' "$k" "$from"
  done
  from=$(( $(log_lines) + 1 ))
  psql -q -d "$db" -c "insert into custody_clocks (id, kind, unit, person_iin, restricted_at, entered_at, place, grounds,
      late_entry, recorded_by)
    select md5('o$round-' || j)::uuid, 'DETENTION', case when j % 2 = 0 then '710001' else '750003' end,
      '850315401231', now() - interval '48 hours 1 minute', now() - interval '47 hours 51 minutes',
      'ИВС', 'Застигнут при совершении преступления', false, 'officer' from generate_series(1, 100) j" \
    -c "insert into custody_clock_steps (clock_id, seq, type, from_status, to_status, at, actor, reasons, receipt)
    select id, 1, 'DETAIN', 'NEW', 'RUNNING', entered_at, 'officer', grounds, 0 from custody_clocks
    where id in (select md5('o$round-' || j)::uuid from generate_series(1, 100) j)" \
    -c "insert into custody_clock_state (clock_id, unit, kind, status, running, minor, restricted_at, limit_key,
      limit_value, deadline, alert_at, recorded_by)
    select id, unit, kind, 'RUNNING', true, false, restricted_at, 'investigations.custody.detention', 'PT48H',
      restricted_at + interval '48 hours', restricted_at + interval '36 hours', 'officer' from custody_clocks
    where id in (select md5('o$round-' || j)::uuid from generate_series(1, 100) j)"
  echo "  100 clocks past their limit at once (overrun recorded, and their 75 % alert):"
  await_log 'Custody sweep' 100 "$from"

  from=$(( $(log_lines) + 1 ))
  psql -q -d "$db" -c "insert into crime_reports (id, kui_number, unit, source, description, place, received_at,
      received_by, registration_deadline, idempotency_key, document_sha256, signature_sha256, receipt)
    select md5('late$round-' || j)::uuid, 'L' || $round || lpad(j::text, 10, '0'), '710001', 'OFFICER_REPORT',
      'Рапорт о краже', 'Алматы', now() - interval '25 hours', 'officer', now() - interval '1 hour',
      'late$round-' || j, repeat('a', 64), repeat('b', 64), 0 from generate_series(1, 100) j"
  echo "  100 reports past their registration term at once:"
  await_log 'Registration term sweep' 100 "$from"
done

echo "== the sweeps' timers over the whole run"
for m in ecase_custody_sweep ecase_investigations_registration_sweep; do
  read -r c s x < <(timer "$m")
  awk -v m="$m" -v c="$c" -v s="$s" 'BEGIN { printf "  %s: %d passes, mean %.2f ms\n", m, c, s / c * 1000 }'
done
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -3 || true
