# Sourced by the bench scripts (from the project root): a fresh database on the PostgreSQL server
# at 127.0.0.1:5432 (or the port in BENCH_PGPORT) and the built jar started on it; everything is
# removed again on exit.
#   fresh_database NAME          creates database NAME (and the login role ecase_bench): $db
#   start_app PORT [VAR=value …] starts the jar (BENCH_JAR, default app/target/ecase.jar: e.g. a
#                                jar built from an earlier commit) on it with the environment given
#                                and the JVM options in the array app_java_opts; waits until healthy
#                                (BENCH_START_SECONDS, default 120: longer for a migration of
#                                millions of rows)
#   stop_app                     stops it
#   start_round N ROUNDS         prints the round's time and load average and the machine's limit
#                                (pgbench `select 1`, one client, 10 s); stops if the app stopped
# Processes whose pids are added to background_pids are stopped on exit too.
export PGHOST=127.0.0.1 PGPORT="${BENCH_PGPORT:-5432}" PGUSER=postgres
workdir=$(mktemp -d)
db=""
app_pid=""
app_java_opts=(-Xmx512m)
background_pids=()

bench_cleanup() {
  stop_app
  for pid in "${background_pids[@]}"; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  [ -n "$db" ] && psql -q -c "drop database if exists $db" || true
  rm -rf "$workdir"
}
trap bench_cleanup EXIT

fresh_database() {
  db="$1"
  psql -q -c "create database $db"
  psql -q -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'ecase_bench') then create role ecase_bench login; end if; end \$\$"
}

start_app() {
  local port="$1" jar
  shift
  jar=$(realpath -m "${BENCH_JAR:-app/target/ecase.jar}")
  [ -f "$jar" ] || { echo "no jar at $jar (BENCH_JAR)"; exit 1; }
  (cd "$workdir" && exec env ECASE_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$db" \
    ECASE_DB_USER=ecase_bench ECASE_DB_PASSWORD= ECASE_DB_OWNER=postgres ECASE_PORT="$port" "$@" \
    java "${app_java_opts[@]}" -jar "$jar" >>"$workdir/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 $(( ${BENCH_START_SECONDS:-120} * 5 ))); do
    curl -fs "http://localhost:$port/actuator/health" | grep -q '"status":"UP"' && return 0
    sleep 0.2
  done
  tail -50 "$workdir/app.log"
  exit 1
}

stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    app_pid=""
  fi
}

start_round() {
  echo "== round $1 of $2 ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo 'select 1;' >"$workdir/select1.sql"
  pgbench -n -f "$workdir/select1.sql" -c 1 -T 10 -d "$db" 2>/dev/null \
    | awk '/latency average/ { printf "  machine limit: pgbench select 1, one client: %s ms per query", $4 }
           /^tps/ { printf ", %.0f/s\n", $3 }'
  kill -0 "$app_pid" || { echo "the app stopped; its log:"; tail -40 "$workdir/app.log"; exit 1; }
}
