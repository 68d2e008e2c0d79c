#!/usr/bin/env bash
# Start-up time and footprint of ecase on its embedded default (issue 16): time from the launch to
# /actuator/health UP, the JVM's CPU time until then, the JVM's RSS and the embedded PostgreSQL's
# PSS once ready; cold (empty data directory: initdb, every migration, demo data) and warm (the
# same directory again: Flyway only validates), for each JDK and each way of starting:
#   jar   java -jar app/target/ecase.jar (as in .ci/run)
#   fast  bin/ecase (the extracted jar with the JVM's class archive; one training start first,
#         which writes the archive when it stops, reported as "train")
# Beside every start: the load average and the machine's floor measured just before it, the wall
# time of a bare JVM (java -Xshare:auto -version) with that JDK. The machine is shared: compare
# ratios within one run, not absolute times across runs.
# Usage: [JDKS="/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64"]
#        [WAYS="jar fast"] [APP_JAVA_OPTS="-Xmx512m"] [THREADS=1] bench/run-startup-benchmark.sh [runs=3]
#   THREADS=1 adds the JVM's CPU time to ready split by thread (utime + stime of each task in
#   /proc/<pid>/task at the moment health said UP): main (the thread named "java"), C2 and C1
#   compilers, GC, the rest.
#   (needs curl and app/target/ecase.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jdks="${JDKS:-/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64}"
ways="${WAYS:-jar fast}"
root="$PWD"
[ -f app/target/ecase.jar ] || { echo "no app/target/ecase.jar: ./mvnw -DskipTests package"; exit 1; }
port=18097
workdir=$(mktemp -d)
# a copy, so that a build during the run changes nothing
jar="$workdir/ecase.jar"
cp app/target/ecase.jar "$jar"
pid=""
tick=$(getconf CLK_TCK)

cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

now() { date +%s.%N; }
# the JVM of a start: the launched process itself, or (training start of bin/ecase) its child
jvm_of() {
  if [ "$(cat "/proc/$1/comm" 2>/dev/null)" = java ]; then echo "$1"; else pgrep -P "$1" java | head -1; fi
}
# the embedded PostgreSQL's processes of a data directory: proportional set size in MB (shared
# buffers counted once)
postgres_pss() {
  local total=0 p kb
  for p in $(pgrep -f "postgres -D $1" || true) $(pgrep -P "$(pgrep -f "postgres -D $1" | head -1)" 2>/dev/null || true); do
    kb=$(awk '/^Pss:/ { print $2 }' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + kb))
  done
  echo $((total / 1024))
}
# CPU seconds of the JVM's threads so far: "main C2 C1 GC rest"
threads_cpu() {
  local t name ticks
  for t in /proc/"$1"/task/*; do
    name=$(cat "$t/comm" 2>/dev/null) || continue
    ticks=$(sed 's/^.*) //' "$t/stat" 2>/dev/null | awk '{ print $12 + $13 }') || continue
    printf '%s\t%s\n' "$name" "$ticks"
  done | awk -F'\t' -v t="$tick" '
    $1 == "java" || $1 == "main" { m += $2; next }
    $1 ~ /^C2 Compiler/ { c2 += $2; next }
    $1 ~ /^C1 Compiler/ { c1 += $2; next }
    $1 ~ /^(GC Thread|G1 |VM Periodic|Parallel GC|Serial)/ { gc += $2; next }
    { r += $2 }
    END { printf "%.1f | %.1f | %.1f | %.1f | %.1f", m / t, c2 / t, c1 / t, gc / t, r / t }'
}
floor() { # ms of a bare JVM start with this JDK
  local start end
  start=$(now); "$1/bin/java" -Xshare:auto -version >/dev/null 2>&1; end=$(now)
  echo "$start $end" | awk '{ printf "%.0f", ($2 - $1) * 1000 }'
}

# start JDK WAY LABEL DATA: starts, waits for health UP, prints one row, stops
start() {
  local jdk="$1" way="$2" label="$3" data="$4" gauge load begin ready jvm cpu rss pss
  gauge=$(floor "$jdk")
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  mkdir -p "$data"
  begin=$(now)
  if [ "$way" = jar ]; then
    (cd "$data/.." && exec env JAVA_HOME="$jdk" ECASE_DATA_DIR="$data" ECASE_PORT=$port \
      "$jdk/bin/java" ${APP_JAVA_OPTS:-} -jar "$jar" >>"$workdir/app.log" 2>&1) &
  else
    (cd "$data/.." && exec env JAVA_HOME="$jdk" ECASE_DATA_DIR="$data" ECASE_PORT=$port \
      ECASE_FAST_START_DIR="$workdir/fast-start" ECASE_JAR="$jar" JAVA_OPTS="${APP_JAVA_OPTS:-}" \
      "$root/bin/ecase" >>"$workdir/app.log" 2>&1) &
  fi
  pid=$!
  for _ in $(seq 1 3000); do
    curl -fs -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; its log:"; tail -40 "$workdir/app.log"; exit 1; }
    sleep 0.1
  done
  ready=$(now)
  jvm=$(jvm_of "$pid")
  cpu=$(awk -v t="$tick" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$jvm/stat")
  split=""
  [ -n "${THREADS:-}" ] && split=" $(threads_cpu "$jvm") |"
  rss=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$jvm/status")
  pss=$(postgres_pss "$data/postgres")
  printf '| %s | %s | %s | %.1f | %s | %s | %s | %s | %s |%s\n' "$(basename "$jdk")" "$way" "$label" \
    "$(echo "$begin $ready" | awk '{ print $2 - $1 }')" "$cpu" "$rss" "$pss" "$gauge" "$load" "$split"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

echo "start-up benchmark $(date -u +%FT%TZ), $(nproc) cores, runs: $runs, APP_JAVA_OPTS: ${APP_JAVA_OPTS:-none}"
if [ -n "${THREADS:-}" ]; then
  echo "| JDK | way | start | ready s | JVM CPU s | JVM RSS MB | PostgreSQL PSS MB | bare JVM ms | load 1/5/15 min | main s | C2 s | C1 s | GC s | rest s |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
else
  echo "| JDK | way | start | ready s | JVM CPU s | JVM RSS MB | PostgreSQL PSS MB | bare JVM ms | load 1/5/15 min |"
  echo "|---|---|---|---|---|---|---|---|---|"
fi
n=0
for jdk in $jdks; do
  for way in $ways; do
    if [ "$way" = fast ]; then
      rm -f "$workdir"/fast-start/jdk-*
      n=$((n + 1)); start "$jdk" fast train "$workdir/d$n/data"
      ls "$workdir"/fast-start/jdk-* >/dev/null 2>&1 || { echo "no archive after the training start"; tail -40 "$workdir/app.log"; exit 1; }
    fi
    for r in $(seq 1 "$runs"); do
      n=$((n + 1))
      start "$jdk" "$way" "cold $r" "$workdir/d$n/data"
      start "$jdk" "$way" "warm $r" "$workdir/d$n/data"
    done
  done
done
