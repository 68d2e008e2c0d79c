#!/usr/bin/env bash
# The crash test (issue 13): registrations and look-ups under load from a separate process
# (bench/CrashLoad.java, 8 clients) while the app is killed with kill -9 KILLS times at random
# moments (0 to 6 s after the first registration it acknowledged since it came up) and restarted at
# once, then PostgreSQL restarted under load
# once. The registries, the SMS gateway and AIS BEP are the simulators jar, a process of its own
# that outlives every crash, so that what reached them can be counted.
#
# The app's clock runs as it is for the first half of the kills, then 12 days ahead (decisions
# enter into force) and then 45 days ahead (their voluntary payment term lapses and they are
# referred to AIS BEP), so that kills also strike the enforcement referral.
#
# Afterwards it checks, and prints one line each (CRASH ...), failing (exit 1) when one is off,
# the outcome checks of bench/outcome-checks.sh (shared with bench/run-two-node-test.sh):
#   - every registration the client saw acknowledged (201/200) is in the database with its number,
#     and in the ledger; the ledger gap-free and verifying (verifier/target/ecase-verifier.jar
#     check-db with the app's published key, and an export of it checked offline); protocol
#     numbers are gap-free per unit and year;
#   - every acknowledged protocol's SMS notice reached the gateway; no message arrived at the
#     gateway twice per client reference, nor the same text twice; submissions the gateway had to
#     de-duplicate (an SMS resubmitted after a crash between the gateway's answer and its
#     recording) are counted;
#   - every referral to AIS BEP created one case; resubmissions counted likewise;
# and the crash test's own:
#   - the time from each kill to health UP and to the next acknowledged registration, and from the
#     PostgreSQL restart to the next acknowledged registration, without a manual step.
#
# Usage: bench/run-crash-test.sh [KILLS=20]
#   CRASH_PG=private (default): a PostgreSQL cluster of its own (initdb in a temporary directory,
#     port 25433; as root it runs as the user postgres), so restarting it disturbs nobody else;
#   CRASH_PG=shared: a fresh database on the machine's server at 127.0.0.1:5432, restarted with
#     pg_ctlcluster --skip-systemctl-redirect 15 main restart (every other client of it is cut off).
#   CRASH_KEEP=DIR: keep the app's log, the load's output and the acknowledged list there.
#   BENCH_FAST_START=0: start the app with `java -jar` instead of bin/ecase (the default here: its
#     class archive, once trained, halves every restart; bench/common.sh, launch_node).
# Needs psql, curl, jq, app/target/ecase.jar, simulators/target/ecase-simulators.jar and
# verifier/target/ecase-verifier.jar (./mvnw -DskipTests install).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_FAST_START="${BENCH_FAST_START:-1}"
kills="${1:-20}"
port="${CRASH_PORT:-18195}"
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is taken: set CRASH_PORT"; exit 2
fi
mode="${CRASH_PG:-private}"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
pgbin="${PG_BIN:-$pgbin}"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pgdir=""
if [ "$mode" = private ]; then
  export BENCH_PGPORT="${CRASH_PGPORT:-25433}"
  pgdir=$(mktemp -d -t ecase-crash-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  as_postgres "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null
  pg_start() {
    as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
      -o "-p $BENCH_PGPORT -k $pgdir -c listen_addresses=127.0.0.1" "$@"
  }
  pg_start start >/dev/null
  restart_postgres() { pg_start -m fast restart >/dev/null; }
else
  restart_postgres() { pg_ctlcluster --skip-systemctl-redirect 15 main restart; }
fi

. bench/common.sh
. bench/outcome-checks.sh
crash_cleanup() {
  if [ -n "${CRASH_KEEP:-}" ]; then
    mkdir -p "$CRASH_KEEP" && cp "$workdir"/*.log "$workdir"/*.txt "$workdir"/load.* "$CRASH_KEEP" 2>/dev/null || true
  fi
  bench_cleanup
  if [ -n "$pgdir" ]; then
    as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pgdir"
  fi
}
trap crash_cleanup EXIT

fresh_database "ecase_crash_$$"

# the simulators, a process of their own
start_simulators
settings=("${sim_settings[@]}")
# the clock after kill $1: as it is, then 12 days ahead, then 45 days ahead
offset_after() {
  local half=$(((kills + 1) / 2)) ahead12=$((kills / 6 > 1 ? kills / 6 : 1))
  if [ "$1" -lt "$half" ]; then echo ""; elif [ "$1" -lt $((half + ahead12)) ]; then echo P12D; else echo P45D; fi
}
health_up() { curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== crash test: $kills kills, PostgreSQL $mode (port $PGPORT), simulators at $sim"
start_app "$port" "${settings[@]}"

# 8 officers in 2 departments of region 71 (the demo officer's password, "demo")
add_officers crash
list="$officer_list"
key=$(curl -fs "http://localhost:$port/api/ledger/verifying-key")

acked="$workdir/acked.txt"
stop="$workdir/stop"
touch "$acked"
java bench/CrashLoad.java "http://localhost:$port" "$list" 8 "$acked" "$stop" 5 \
  >"$workdir/load.out" 2>"$workdir/load.err" &
load_pid=$!
background_pids+=("$load_pid")

# waits until the load got a registration acknowledged (after $1 of them) or 180 s passed
await_ack() {
  for _ in $(seq 1 900); do
    [ "$(wc -l <"$acked")" -gt "$1" ] && return 0
    sleep 0.2
  done
  echo "CRASH no registration acknowledged within 180 s"; tail -40 "$workdir/app.log"; exit 1
}

recoveries=()
serving=()
for i in $(seq 1 "$kills"); do
  # a random moment while registrations go through: 0 to 6 s after the first one since the start
  await_ack "$(wc -l <"$acked")"
  [ "$i" -gt 1 ] && serving+=("$(elapsed "$killed" "$(now_s)")")
  sleep "$(awk -v r=$RANDOM 'BEGIN { printf "%.2f", 6 * r / 32767 }')"
  before=$(wc -l <"$acked")
  kill_tree "$app_pid" KILL
  killed=$(now_s)
  offset=$(offset_after "$i")
  app_pid=""
  start_app "$port" "${settings[@]}" ${offset:+ECASE_CLOCK_OFFSET=$offset}
  took=$(elapsed "$killed" "$(now_s)")
  recoveries+=("$took")
  echo "kill $i/$kills: $before acknowledged before it; health UP again after $took s${offset:+ (clock +$offset)}"
done
await_ack "$(wc -l <"$acked")"
serving+=("$(elapsed "$killed" "$(now_s)")")

sleep 3
before=$(wc -l <"$acked")
restarted=$(now_s)
restart_postgres
server_up=$(now_s)
for _ in $(seq 1 600); do
  health_up && [ "$(wc -l <"$acked")" -gt "$before" ] && break
  sleep 0.2
done
health_up && [ "$(wc -l <"$acked")" -gt "$before" ] || { echo "CRASH not recovered from the PostgreSQL restart"; tail -40 "$workdir/app.log"; exit 1; }
pg_recovery=$(elapsed "$restarted" "$(now_s)")
echo "PostgreSQL restarted under load (server back after $(elapsed "$restarted" "$server_up") s); the app acknowledged registrations again after $pg_recovery s, health UP"

sleep 5
touch "$stop"
wait "$load_pid" || true
cat "$workdir/load.out"
[ -s "$workdir/load.err" ] && { echo "load errors: $(wc -l <"$workdir/load.err")"; sort "$workdir/load.err" | uniq -c | sort -rn | head -5; }

outcomes_drain
spread() { sort -n | awk '{ a[NR] = $1; s += $1 } END { printf "min %s s, median %s s, max %s s, mean %.1f s", a[1], a[int((NR + 1) / 2)], a[NR], s / NR }'; }
echo "CRASH kills: $kills/$kills; kill -9 to health UP: $(printf '%s\n' "${recoveries[@]}" | spread)"
echo "CRASH kill -9 to the next acknowledged registration: $(printf '%s\n' "${serving[@]}" | spread)"
echo "CRASH app start-ups: $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$workdir/app.log" | awk '{ print $4 }' | paste -sd ' ') s (JVM start to ready)"
failed=0
outcome_checks CRASH
echo "CRASH PostgreSQL restart: registrations acknowledged again after $pg_recovery s"
[ "$failed" = 0 ] && echo "CRASH passed" || { echo "CRASH FAILED"; exit 1; }
