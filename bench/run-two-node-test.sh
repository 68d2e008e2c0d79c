#!/usr/bin/env bash
# The two-node test (issue 16): two app processes on one PostgreSQL database and one RabbitMQ
# broker, behind HAProxy, under registration load (bench/CrashLoad.java through the load balancer);
# one node is killed with kill -9 mid-load and restarted while the load goes on.
#
#   1. node A and node B start (-Xmx512m each, one data directory: the same token secret, signing
#      keys and checkpoint key, as production nodes share their configured ones); HAProxy in front
#      (round robin per request, no stickiness: sessions are in PostgreSQL; health check
#      GET /actuator/health every second; a request whose node refuses the connection is
#      re-dispatched to the other);
#   2. a browser-like session (curl with a cookie jar) signs in to the web UI on node A, is served
#      by node B, and takes a CSRF token from a page of node A;
#   3. the load starts (8 clients, 2 departments; every 5th protocol decided); a third of the way
#      in, node A is killed with kill -9; the session, through the load balancer, is still signed
#      in while A is dead, and its sign-out with A's CSRF token is accepted (by node B); node A is
#      restarted;
#   4. unless TWO_NODE_AHEAD=0: both nodes are killed together and started again with the clock
#      12 days ahead (decisions enter into force), later 45 days ahead (their voluntary payment
#      term lapses: referrals to AIS BEP), so that the referral runs on two nodes; both nodes
#      always on the same clock (leases and retry times compare clocks);
#   5. the load stops; the outboxes and the ledger drain; the outcome checks of
#      bench/outcome-checks.sh (shared with the crash test): every acknowledged registration
#      present once with its number and in the ledger, numbers gap-free, SMS at the simulated
#      gateway one per protocol (none lost or doubled), enforcement referrals one case each, the
#      ledger gap-free and verified by the offline verifier (database and an export).
# Prints one line per check (NODES ...) and a summary; exit 1 when a check fails.
#
# Usage: bench/run-two-node-test.sh [LOAD_SECONDS=60]
#   TWO_NODE_PORT (18200, HAProxy; the nodes on the next two ports), TWO_NODE_AHEAD (1),
#   TWO_NODE_BROKER_URL (amqp://guest:guest@127.0.0.1:5672; queues named ecase.two-node.<pid>.*,
#   deleted afterwards when rabbitmqctl is at hand), TWO_NODE_KEEP=DIR keeps the logs.
#   BENCH_FAST_START=0: start the app with `java -jar` instead of bin/ecase (the default here: its
#     class archive, once trained, halves every restart; bench/common.sh, launch_node).
# Needs haproxy, psql, curl, jq, a RabbitMQ broker, the PostgreSQL server at 127.0.0.1:5432
# (BENCH_PGPORT), and app/target/ecase.jar, simulators/target/ecase-simulators.jar,
# verifier/target/ecase-verifier.jar (./mvnw -DskipTests install); builds nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_FAST_START="${BENCH_FAST_START:-1}"
load_seconds="${1:-60}"
lb_port="${TWO_NODE_PORT:-18200}"
ports=("$((lb_port + 1))" "$((lb_port + 2))")
ahead="${TWO_NODE_AHEAD:-1}"
broker="${TWO_NODE_BROKER_URL:-amqp://guest:guest@127.0.0.1:5672}"
prefix="ecase.two-node.$$."
for port in "$lb_port" "${ports[@]}"; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "port $port is taken: set TWO_NODE_PORT"; exit 2
  fi
done
command -v haproxy >/dev/null || { echo "no haproxy (apt-get install haproxy)"; exit 2; }
started=$(date +%s.%N)
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
at() { echo "[$(elapsed "$started" "$(now_s)") s]"; }

. bench/common.sh
. bench/outcome-checks.sh
two_node_cleanup() {
  if [ -n "${TWO_NODE_KEEP:-}" ]; then
    mkdir -p "$TWO_NODE_KEEP" && cp "$workdir"/*.log "$workdir"/*.txt "$workdir"/*.cfg "$workdir"/load.* "$TWO_NODE_KEEP" 2>/dev/null || true
  fi
  bench_cleanup
  if command -v rabbitmqctl >/dev/null; then
    for queue in sms enforcement court; do
      timeout 20 rabbitmqctl -q delete_queue "$prefix$queue" >/dev/null 2>&1 || true
    done
  fi
}
trap two_node_cleanup EXIT
trap 'exit 130' INT TERM

fresh_database "ecase_nodes_$$"

# the simulators, a process of their own that outlives the nodes
start_simulators
settings=("${sim_settings[@]}" ECASE_BROKER_URL="$broker" ECASE_BROKER_QUEUEPREFIX="$prefix")

# node A or B in the background, the clock offset $2 (may be empty)
declare -A port_of=([A]="${ports[0]}" [B]="${ports[1]}")
launch() {
  local n="$1" offset="${2:-}"
  launch_node "node-$n" "${port_of[$n]}" "${settings[@]}" ${offset:+ECASE_CLOCK_OFFSET=$offset}
}

echo "== two-node test: ${load_seconds} s of load, HAProxy on $lb_port, nodes A on ${ports[0]} and B on ${ports[1]}, simulators at $sim, broker queues $prefix*"
# A first: it creates the schema, the demo data and the keys in the shared data directory
launch A
await_node node-A
launch B
await_node node-B
echo "$(at) both nodes healthy"

start_haproxy "$lb_port" node-A node-B
lb="http://localhost:$lb_port"

# 8 officers in 2 departments of region 71 (the demo officer's password, "demo")
add_officers nodes
list="$officer_list"
key=$(curl -fs "$lb/api/ledger/verifying-key")

# the browser-like session: signs in on node A, is served by B, takes a CSRF token from A's page
jar_file="$workdir/cookies.txt"
node_url() { echo "http://localhost:${ports[$1]}"; }
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
status_of() { curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$jar_file" -c "$jar_file" "$@"; }
login_csrf=$(curl -fs -c "$jar_file" "$(node_url 0)/login" | csrf_of)
signed_in=$(status_of -X POST --data-urlencode "username=officer" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$login_csrf" "$(node_url 0)/login")
page_a=$(curl -s -b "$jar_file" -c "$jar_file" -L "$(node_url 0)/")
csrf_a=$(csrf_of <<<"$page_a")
on_b=$(status_of "$(node_url 1)/")
session_rows=$(psql -d "$db" -Atc "select count(*) from spring_session where principal_name = 'officer'")
echo "$(at) session: sign-in on A answered $signed_in; B serves its page: $on_b; sessions of officer in PostgreSQL: $session_rows"

acked="$workdir/acked.txt"
stop="$workdir/stop"
touch "$acked"
java bench/CrashLoad.java "$lb" "$list" 8 "$acked" "$stop" 5 >"$workdir/load.out" 2>"$workdir/load.err" &
load_pid=$!
background_pids+=("$load_pid")
load_started=$(now_s)
acks() { wc -l <"$acked"; }
load_time() { elapsed "$load_started" "$(now_s)"; }
sleep_until() { # until $1 s of load have passed
  local left
  left=$(awk -v t="$1" -v e="$(load_time)" 'BEGIN { d = t - e; print (d > 0 ? d : 0) }')
  sleep "$left"
}

await_acks() { # until more than $1 registrations were acknowledged (180 s at most)
  for _ in $(seq 1 900); do
    [ "$(acks)" -gt "$1" ] && return 0
    sleep 0.2
  done
  echo "NODES no registration acknowledged within 180 s"; exit 1
}

# a third of the way in, and once registrations go through (the load's JVM may start slowly)
sleep_until "$(awk -v s="$load_seconds" 'BEGIN { print s / 3 }')"
await_acks 0
before=$(acks)
kill_node node-A
killed=$(now_s)
echo "$(at) node A killed with kill -9 after $before acknowledged registrations"
# the session, through the load balancer, while A is dead: still signed in (the page, not the
# sign-in form), and its sign-out with the CSRF token of A's page accepted
sleep 1
after_kill=$(curl -s -L -b "$jar_file" -c "$jar_file" -w '\n%{http_code}' "$lb/")
after_kill_status=$(tail -1 <<<"$after_kill")
grep -q 'action="/logout"' <<<"$after_kill" && still_signed_in=yes || still_signed_in=no
signed_out=$(status_of -X POST --data-urlencode "_csrf=$csrf_a" "$lb/logout")
after_logout=$(status_of "$lb/")
echo "$(at) session with A dead: page through HAProxy $after_kill_status, signed in: $still_signed_in; sign-out with A's CSRF token: $signed_out; then: $after_logout"
launch A
await_node node-A
echo "$(at) node A restarted: healthy $(elapsed "$killed" "$(now_s)") s after the kill; $(acks) acknowledged so far"
await_acks "$(acks)"

if [ "$ahead" = 1 ]; then
  for offset in P12D P45D; do
    if [ "$offset" = P12D ]; then
      sleep_until "$(awk -v s="$load_seconds" 'BEGIN { print s / 2 }')"
    else
      sleep_until "$(awk -v s="$load_seconds" 'BEGIN { print s * 3 / 4 }')"
    fi
    kill_node node-A
    kill_node node-B
    launch A "$offset"
    launch B "$offset"
    await_node node-A
    await_node node-B
    echo "$(at) both nodes killed with kill -9 and started with the clock $offset ahead; $(acks) acknowledged so far"
  done
fi

sleep_until "$load_seconds"
touch "$stop"
wait "$load_pid" || true
cat "$workdir/load.out"
[ -s "$workdir/load.err" ] && { echo "load errors: $(wc -l <"$workdir/load.err")"; sort "$workdir/load.err" | uniq -c | sort -rn | head -5; }

outcomes_drain
failed=0
check_session() { # NAME ACTUAL EXPECTED
  echo "NODES session $1: $2"
  [ "$2" = "$3" ] || failed=1
}
check_session "signed in on node A (redirect after the form)" "$(cut -c1-3 <<<"$signed_in")" 302
check_session "served by node B" "$(cut -c1-3 <<<"$on_b")" 200
check_session "stored in PostgreSQL (rows)" "$session_rows" 1
check_session "still signed in through HAProxy with node A dead" "$still_signed_in" yes
check_session "sign-out with node A's CSRF token accepted (redirect)" "$signed_out" "302 $lb/login?logout"
outcome_checks NODES
echo "NODES total time: $(elapsed "$started" "$(now_s)") s"
[ "$failed" = 0 ] && echo "NODES passed" || { echo "NODES FAILED"; exit 1; }
