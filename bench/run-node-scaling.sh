#!/usr/bin/env bash
# One app node vs two (issue 16, docs/BENCHMARKS.md "One node vs two"): the Gatling load mix
# (bench/run-load-mix.sh, bench/gatling) through HAProxy against ONE node, then against TWO nodes,
# each java -Xmx512m, on the same PostgreSQL database, with the simulators (registries, SMS gateway,
# AIS BEP) in a process of their own.
#
#   1. a fresh database on the machine's server, migrated by node A started once, the load mix's
#      data loaded (PROTOCOLS protocols, CASES criminal cases, as bench/run-load-mix.sh does);
#   2. the machine's limit: pgbench's durable single-row inserts (8 clients, 10 s);
#   3. phase "one node": node A alone behind HAProxy; the mix for SECONDS (after RAMP);
#   4. phase "two nodes": node B started too (same data directory, so the same keys), HAProxy
#      restarted with both (round robin, no stickiness); the mix again, same settings;
#      each phase starts with the same mix for WARMUP seconds (30), not measured, so that every
#      node's JIT has compiled the requests' code (a node just started is several times slower);
#   5. per phase: the mix's lines per request group (requests/s, p50/p99, failures), then a
#      SCALING line: registrations/s, look-ups/s, their p99, and CPU per request of the nodes
#      (their JVMs' user + system time) and of PostgreSQL (the backends of this database).
#
# On a 2-core machine a second node adds no CPU: the figure shows whether anything shared (the
# sessions in PostgreSQL, the jobs that every node runs under leases and advisory locks, the
# load balancer) costs throughput or latency, not how far nodes scale. The second phase runs on a
# database the first has grown; the load generator (Gatling) runs on the same machine.
#
# Usage: bench/run-node-scaling.sh [SECONDS=60]
#   MODEL (closed), USERS (16), THINK (0), RAMP (10), RATE (2, open model): as run-load-mix.sh;
#   PROTOCOLS (20000), CASES (50000), WARMUP (30; 0: none); SCALING_PORT (18300: HAProxy; the nodes on the next two).
# Needs haproxy, psql, pgbench, curl, app/target/ecase.jar and simulators/target/ecase-simulators.jar
# (./mvnw -DskipTests install); the first run downloads Gatling through the Maven wrapper.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
lb_port="${SCALING_PORT:-18300}"
for port in "$lb_port" "$((lb_port + 1))" "$((lb_port + 2))"; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "port $port is taken: set SCALING_PORT"; exit 2
  fi
done
command -v haproxy >/dev/null || { echo "no haproxy (apt-get install haproxy)"; exit 2; }
export MODEL="${MODEL:-closed}" USERS="${USERS:-16}" THINK="${THINK:-0}" RAMP="${RAMP:-10}"
. bench/common.sh

fresh_database "ecase_scaling_$$"
start_simulators
echo "== node A migrates the database (java ${app_java_opts[*]}, $(git log -1 --format='%h %cs' 2>/dev/null || true))"
launch_node node-A "$((lb_port + 1))" "${sim_settings[@]}"
await_node node-A
kill_node node-A TERM
load_mix_data
pgbench_inserts 8 10

# the CPU time of PostgreSQL's backends serving this database, in ms (those alive now)
backends_cpu_ms() {
  # shellcheck disable=SC2046
  process_cpu_ms $(psql -d "$db" -Atc "select pid from pg_stat_activity where datname = '$db'")
}

# phase NAME NODE…: the load mix through HAProxy in front of the nodes named
phase() {
  local name="$1" out="$workdir/mix-$1.txt" nodes_before pg_before nodes_ms pg_ms requests pids=()
  shift
  start_haproxy "$lb_port" "$@"
  for node in "$@"; do pids+=("${node_pid[$node]}"); done
  if [ "${WARMUP:-30}" -gt 0 ]; then
    echo "== warm-up of $name ($*): the same mix for ${WARMUP:-30} s, not measured"
    BENCH_DB="$db" bench/run-load-mix.sh "${RATE:-2}" "${WARMUP:-30}" "http://localhost:$lb_port" >"$workdir/warm-$name.txt" 2>&1 || true
  fi
  echo "== phase: $name ($*), $MODEL model, ${USERS} users, ${RAMP} s ramp + $seconds s"
  nodes_before=$(process_cpu_ms "${pids[@]}")
  pg_before=$(backends_cpu_ms)
  BENCH_DB="$db" bench/run-load-mix.sh "${RATE:-2}" "$seconds" "http://localhost:$lb_port" | tee "$out" || true
  nodes_ms=$(($(process_cpu_ms "${pids[@]}") - nodes_before))
  pg_ms=$(($(backends_cpu_ms) - pg_before))
  requests=$(sed -n 's/^all requests.* of \([0-9]*\)$/\1/p' "$out")
  awk -v name="$name" -v nodes="$nodes_ms" -v pg="$pg_ms" -v n="${requests:-0}" \
    -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" '
    function rate() { match($0, /: [0-9.]+\/s/); return substr($0, RSTART + 2, RLENGTH - 2) }
    function p99() { match($0, /p99 [0-9.]+ ms/); return substr($0, RSTART + 4, RLENGTH - 7) }
    /^officer: register a protocol:/ { reg = rate(); regp99 = p99() }
    /^staff: person and plate look-up:/ { look = rate(); lookp99 = p99() }
    END {
      printf "SCALING %s: registrations %s (p99 %s ms), look-ups %s (p99 %s ms), %d requests;", name, reg, regp99, look, lookp99, n
      if (n > 0) printf " CPU per request: nodes %.1f ms, PostgreSQL %.1f ms", nodes / n, pg / n
      printf " (load average after: %s)\n", loadavg
    }' "$out" | tee -a "$workdir/summary.txt"
}

launch_node node-A "$((lb_port + 1))" "${sim_settings[@]}"
await_node node-A
phase "one node" node-A
launch_node node-B "$((lb_port + 2))" "${sim_settings[@]}"
await_node node-B
phase "two nodes" node-A node-B
echo "== summary (the machine's limit above: pgbench single-row inserts)"
cat "$workdir/summary.txt"
