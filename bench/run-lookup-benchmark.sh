#!/usr/bin/env bash
# Person look-ups at 50 concurrent clients vs the registries' own latency, in one run (issue 5).
# Four processes, as in production: PostgreSQL, the registry simulators (their own JVM, standing in
# for the state registries on other machines), ecase (the built jar, -Xmx512m) and a load generator
# (its own JVM). The simulators get realistic latencies (uniform, ms) and one registry hangs.
# Usage: [WARM_UP=200] [ROUNDS=3] bench/run-lookup-benchmark.sh [clients] [look-ups per client] [--profile]
#   (APP_JAVA_OPTS: more JVM options for ecase, e.g. GC settings;
#    WARM_UP: look-ups per client before the measured rounds, while the JIT compiler works;
#    ROUNDS: measured rounds of CLIENTS × LOOK-UPS each)
#   (needs psql, a server at 127.0.0.1:5432, app/target/ecase.jar and
#    simulators/target/ecase-simulators.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-50}"
per_client="${2:-20}"
profile="${3:-}"
port=18091
simulators_port=18092
. bench/common.sh
fresh_database "ecase_bench_lookup_$$"

java -Xmx256m -jar simulators/target/ecase-simulators.jar --port "$simulators_port" >"$workdir/simulators.log" 2>&1 &
simulators_pid=$!
background_pids+=("$simulators_pid")
simulators="http://127.0.0.1:$simulators_port"

# --profile: a CPU profile of the application from its start to its end, folded stacks per thread
# (lookup-profile.txt), with async-profiler's agent (ASYNC_PROFILER=path/to/libasyncProfiler.so,
# from Maven Central's tools.profiler:async-profiler jar).
app_java_opts+=(${APP_JAVA_OPTS:-} -Xlog:gc:file="$workdir/gc.log")
[ "$profile" = "--profile" ] && app_java_opts+=(-agentpath:"$ASYNC_PROFILER"=start,event=cpu,interval=1ms,threads,collapsed,file="$PWD/lookup-profile.txt")
start_app "$port" ECASE_REGISTRIES_URL="$simulators" ECASE_SMS_URL="$simulators/sms" \
  MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILES_HTTP_SERVER_REQUESTS=0.5,0.9,0.99

set_registry() {
  curl -fs -X PUT -H 'Content-Type: application/json' -d "$2" "$simulators/admin/registries/$1" >/dev/null
}
set_registry population '{"latencyMs":{"min":50,"max":150}}'
set_registry narcology '{"latencyMs":{"min":100,"max":300}}'
set_registry psychiatry '{"latencyMs":{"min":100,"max":300}}'
set_registry criminal-records '{"latencyMs":{"min":200,"max":500}}'
set_registry admin-offences '{"latencyMs":{"min":100,"max":250}}'
set_registry vehicles '{"latencyMs":{"min":80,"max":200}}'
set_registry licences '{"latencyMs":{"min":80,"max":200}}'
set_registry wanted '{"latencyMs":{"min":300,"max":800}}'
set_registry fines '{"hangRate":1.0}'

# one investigator per client, as when a region's investigators work at the same time
users=()
for i in $(seq 1 "$clients"); do
  users+=("bench-investigator-$i")
done
psql -q -d "$db" -c "insert into user_accounts (username, password_hash, display_name, role, unit_id)
  select 'bench-investigator-' || i, password_hash, 'Bench investigator ' || i, role, unit_id
  from user_accounts, generate_series(1, $clients) i where username = 'investigator'"
java -DwarmUp="${WARM_UP:-200}" -Drounds="${ROUNDS:-3}" bench/LookupLoad.java "http://localhost:$port" "$simulators" "$(IFS=,; echo "${users[*]}")" "$clients" "$per_client" \
  "$app_pid" "$simulators_pid"

echo "== inside the application (percentiles of the last minutes, ms)"
curl -fs "http://localhost:$port/actuator/prometheus" >"$workdir/metrics.txt"
grep -E '^(ecase_persons_lookup_phase_seconds|http_server_requests_seconds)\{.*(uri="/api/persons/lookups"|phase=).*quantile' "$workdir/metrics.txt" \
  | sed -E 's/^([a-z_]+)\{.*(phase="[a-z]+"|uri="[^"]+").*quantile="([0-9.]+)".*\} (.*)$/\1 \2 p\3 \4/' \
  | awk '{ printf "%s %s %s %.0f ms\n", $1, $2, $3, $4 * 1000 }' || true
echo "== garbage collection pauses of the app (whole run, start-up included)"
awk '/Pause/ && $NF ~ /ms$/ { ms = $NF; sub(/ms/, "", ms); n++; sum += ms; if (ms + 0 > max) max = ms + 0 }
  END { printf "%d pauses, %.0f ms in all, longest %.1f ms\n", n, sum, max }' "$workdir/gc.log" || true
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -3 || true
psql -d "$db" -Atc "select count(*) || ' look-ups logged, ' || (select count(*) from ledger_entries e join person_lookups l on l.receipt = e.pending_id) || ' of them in the ledger' from person_lookups"
