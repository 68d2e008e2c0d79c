# Sourced by the bench scripts (from the project root): a fresh database on the PostgreSQL server
# at 127.0.0.1:5432 (or the port in BENCH_PGPORT) and the built jar started on it; everything is
# removed again on exit.
#   fresh_database NAME          creates database NAME (and the login role ecase_bench): $db
#   start_app PORT [VAR=value …] starts the jar (BENCH_JAR, default app/target/ecase.jar: e.g. a
#                                jar built from an earlier commit) on it with the environment given
#                                and the JVM options in the array app_java_opts; waits until healthy
#                                (BENCH_START_SECONDS, default 180: longer for a migration of
#                                millions of rows)
#   stop_app                     stops it
#   launch_node NAME PORT [VAR=value …]  one of several app nodes on the same database, in the
#                                background (log $workdir/NAME.log, pid in node_pid[NAME]); all
#                                nodes run in $workdir and so share one data directory (keys).
#                                BENCH_FAST_START=1: through bin/ecase (the jar's extracted layout
#                                and the JVM's class archive beside the jar, trained by the first
#                                start stopped normally: a start in about half the time); the
#                                default is `java -jar`, whose pid is the JVM's (the benchmarks
#                                count its CPU)
#   await_node NAME              waits until it is healthy (180 s at most, exit 1 with its log)
#   kill_node NAME [SIGNAL]      kill -9 (or the signal given) and wait for it
#   kill_tree PID [SIGNAL]       the same for a process and its children (bin/ecase's JVM while it
#                                trains the archive), waiting for all of them
#   start_simulators             the simulators jar as a process of its own: its URL in $sim, and
#                                sim_settings, the app's settings for registries, SMS and AIS BEP
#                                (BENCH_SIMULATORS_NICE=N: at nice N)
#   add_officers PREFIX [DEPTS]  4 officers (password "demo") in each department 7100NN of region
#                                71 for NN in DEPTS (default "11 12"), named PREFIX-NN-1 … 4: their
#                                names in the array officers, joined by commas in $officer_list
#   start_haproxy PORT NODE…     HAProxy on PORT in front of the nodes named (round robin, health
#                                checks, redispatch; docs/scaling.md), restarted when running
#   load_mix_data                the load mix's data in the migrated database $db: PROTOCOLS
#                                protocols (20000) and CASES criminal cases (50000)
#   pgbench_inserts CLIENTS SECONDS  the machine's limit: pgbench's durable single-row inserts
#   process_cpu_ms PID…          CPU time (user + system) the processes have used so far, in ms
#   start_round N ROUNDS         prints the round's time and load average and the machine's limit
#                                (pgbench `select 1`, one client, 10 s); stops if the app stopped
# Processes whose pids are added to background_pids are stopped on exit too.
export PGHOST=127.0.0.1 PGPORT="${BENCH_PGPORT:-5432}" PGUSER=postgres
workdir=$(mktemp -d)
db=""
app_pid=""
app_java_opts=(-Xmx512m)
background_pids=()
declare -A node_pid=() node_port=()
haproxy_pid=""

bench_cleanup() {
  stop_app
  for name in "${!node_pid[@]}"; do
    kill_node "$name" TERM
  done
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null || true
  for pid in "${background_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  [ -n "$db" ] && psql -q -c "drop database if exists $db" || true
  rm -rf "$workdir"
}
trap bench_cleanup EXIT

fresh_database() {
  db="$1"
  warn_without_autovacuum
  psql -q -c "create database $db"
  psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'ecase_bench') then create role ecase_bench login; end if; end \$\$"
}

# ecase's queue tables (ledger_pending, the outboxes) leave a dead row per message: without
# autovacuum (PostgreSQL's default is on; a server tuned for short test runs may have it off) they
# fill with dead rows within a run and every take walks them, so the figures would be those of a
# misconfigured server, not ecase's. Says so loudly; the run goes on.
warn_without_autovacuum() {
  if [ "$(psql -Atc "show autovacuum")" != "on" ]; then
    echo "WARNING: autovacuum is off on this PostgreSQL server; ecase's queues need it (docs/operations.md)."
    echo "         The figures below are not representative: ALTER SYSTEM SET autovacuum = on; SELECT pg_reload_conf();"
  fi
}

launch_node() {
  local name="$1" port="$2" jar
  shift 2
  jar=$(realpath -m "${BENCH_JAR:-app/target/ecase.jar}")
  [ -f "$jar" ] || { echo "no jar at $jar (BENCH_JAR)"; exit 1; }
  local launcher=(java "${app_java_opts[@]}" -jar "$jar")
  local settings=(ECASE_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$db" ECASE_DB_USER=ecase_bench
    ECASE_DB_PASSWORD= ECASE_DB_OWNER=postgres ECASE_PORT="$port" "$@")
  if [ "${BENCH_FAST_START:-0}" = 1 ]; then
    # the archive beside the jar (bin/ecase's own place for app/target/ecase.jar): another jar
    # (BENCH_JAR) gets its own
    launcher=(env ECASE_JAR="$jar" ECASE_FAST_START_DIR="$(dirname "$jar")/fast-start"
      JAVA_OPTS="${app_java_opts[*]}" sh "$PWD/bin/ecase")
    if [ -z "${fast_start_trained:-}" ]; then
      # before the first start: an archive for every start, the ones killed with -9 included (a
      # start trains it only when it stops normally); nothing to do when there is one already
      (cd "$workdir" && env "${settings[@]}" ECASE_FAST_START=train "${launcher[@]}" \
        >>"$workdir/$name.log" 2>&1) || echo "bin/ecase could not train its class archive ($name.log)"
      fast_start_trained=1
    fi
  fi
  (cd "$workdir" && exec env "${settings[@]}" "${launcher[@]}" >>"$workdir/$name.log" 2>&1) &
  node_pid[$name]=$!
  node_port[$name]=$port
}

node_up() { curl -fs "http://localhost:${node_port[$1]}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

await_node() {
  for _ in $(seq 1 $(( ${BENCH_START_SECONDS:-180} * 5 ))); do
    node_up "$1" && return 0
    kill -0 "${node_pid[$1]}" 2>/dev/null || break
    sleep 0.2
  done
  echo "node $1 did not become healthy; its log:"
  tail -50 "$workdir/$1.log"
  exit 1
}

kill_node() {
  local pid="${node_pid[$1]:-}"
  [ -n "$pid" ] || return 0
  kill_tree "$pid" "${2:-KILL}"
  node_pid[$1]=""
}

kill_tree() {
  local pid="$1" signal="${2:-KILL}" children
  children=$(pgrep -P "$pid" || true)
  # the children first: once their parent is gone they are no longer found by it
  for child in $children; do kill -"$signal" "$child" 2>/dev/null || true; done
  kill -"$signal" "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  for child in $children; do
    while kill -0 "$child" 2>/dev/null; do sleep 0.1; done
  done
}

start_app() {
  local port="$1"
  shift
  launch_node app "$port" "$@"
  app_pid=${node_pid[app]}
  await_node app
}

stop_app() {
  if [ -n "$app_pid" ]; then
    kill_tree "$app_pid" TERM
    app_pid=""
  fi
  node_pid[app]=""
}

start_simulators() {
  : >"$workdir/simulators.log"
  # BENCH_SIMULATORS_NICE=N: at nice N, so that they take the cores only when ecase and PostgreSQL
  # leave them (they stand for other organisations' machines)
  ${BENCH_SIMULATORS_NICE:+nice -n "$BENCH_SIMULATORS_NICE"} \
    java -jar simulators/target/ecase-simulators.jar --port 0 >"$workdir/simulators.log" 2>&1 &
  simulators_pid=$!
  background_pids+=("$simulators_pid")
  sim=""
  for _ in $(seq 1 100); do
    sim=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$workdir/simulators.log" | head -1)
    [ -n "$sim" ] && break
    sleep 0.2
  done
  [ -n "$sim" ] || { cat "$workdir/simulators.log"; exit 1; }
  sim_settings=(ECASE_REGISTRIES_URL="$sim" ECASE_SMS_URL="$sim/sms"
    ECASE_ENFORCEMENT_URL="$sim/enforcement" ECASE_ENFORCEMENT_DISPATCH=PT1S
    ECASE_ENFORCEMENT_SWEEP=PT1S ECASE_ENFORCEMENT_STATUS_CHECK=PT1H ECASE_OFFENCES_TERMS_CHECK=PT1S)
}

add_officers() {
  officers=()
  for d in ${2:-11 12}; do
    psql -q -d "$db" -c "insert into units (code, kind, parent_id, name_kk, name_ru, name_en)
      select '7100$d', 'DEPARTMENT', id, 'Бөлім $d', 'Отдел $d', 'Department $d' from units where code = '71'
      on conflict (code) do nothing"
    for o in 1 2 3 4; do
      psql -q -d "$db" -c "insert into user_accounts (username, password_hash, display_name, role, unit_id)
        select '$1-$d-$o', password_hash, 'Officer $1-$d-$o', 'OFFICER', (select id from units where code = '7100$d')
        from user_accounts where username = 'officer' on conflict (username) do nothing"
      officers+=("$1-$d-$o")
    done
  done
  officer_list=$(IFS=,; echo "${officers[*]}")
}

start_haproxy() {
  local port="$1" name
  shift
  [ -n "$haproxy_pid" ] && { kill "$haproxy_pid" 2>/dev/null; wait "$haproxy_pid" 2>/dev/null || true; }
  cat >"$workdir/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a request whose node refuses the connection (killed) goes to another node
    retries 3
    option redispatch
frontend ecase
    bind 127.0.0.1:$port
    default_backend nodes
backend nodes
    # every request to the next node: no stickiness, the web session is in PostgreSQL
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
CFG
  for name in "$@"; do
    echo "    server $name 127.0.0.1:${node_port[$name]} check inter 1s fall 2 rise 2" >>"$workdir/haproxy.cfg"
  done
  haproxy -f "$workdir/haproxy.cfg" -db >>"$workdir/haproxy.log" 2>&1 &
  haproxy_pid=$!
  for _ in $(seq 1 50); do
    curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 0.2
  done
  echo "HAProxy on $port: no healthy node"; cat "$workdir/haproxy.log"; exit 1
}

load_mix_data() {
  if [ "${PROTOCOLS:-20000}" -gt 0 ]; then
    echo "== ${PROTOCOLS:-20000} protocols (bench/protocols-data.sql)"
    psql -q -v ON_ERROR_STOP=1 -v n="${PROTOCOLS:-20000}" -v seed=16 -v ledger=1 -d "$db" \
      -f bench/protocols-data.sql >"$workdir/protocols.log"
  fi
  if [ "${CASES:-50000}" -gt 0 ]; then
    echo "== ${CASES:-50000} criminal cases (bench/cases-data.sql)"
    psql -q -v ON_ERROR_STOP=1 -v n="${CASES:-50000}" -v big_case=c0de0200-0000-4000-8000-000000000200 \
      -d "$db" -f bench/cases-data.sql >"$workdir/cases.log"
  fi
}

pgbench_inserts() {
  psql -q -d "$db" -c "create schema if not exists ceiling; create table if not exists ceiling.pgbench_ceiling (id bigint generated always as identity primary key, payload text)"
  echo "== machine limit: pgbench single-row durable inserts, $1 clients, $2 s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  pgbench -n -c "$1" -j 2 -T "$2" -f bench/pgbench-insert.sql "$db" 2>/dev/null | grep -E "^tps|latency average" | sed 's/^/  /'
  psql -q -d "$db" -c "set client_min_messages = warning; drop schema ceiling cascade"
}

process_cpu_ms() {
  local ticks pid total=0
  ticks=$(getconf CLK_TCK)
  for pid in "$@"; do
    # fields 14 and 15 of /proc/PID/stat, counted after the command's closing parenthesis
    total=$((total + $( (sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null || true) | awk '{ t = $12 + $13 } END { print t + 0 }')))
  done
  echo $((total * 1000 / ticks))
}

start_round() {
  echo "== round $1 of $2 ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo 'select 1;' >"$workdir/select1.sql"
  pgbench -n -f "$workdir/select1.sql" -c 1 -T 10 -d "$db" 2>/dev/null \
    | awk '/latency average/ { printf "  machine limit: pgbench select 1, one client: %s ms per query", $4 }
           /^tps/ { printf ", %.0f/s\n", $3 }'
  kill -0 "$app_pid" || { echo "the app stopped; its log:"; tail -40 "$workdir/app.log"; exit 1; }
}
