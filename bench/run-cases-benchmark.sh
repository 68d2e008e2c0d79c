#!/usr/bin/env bash
# The investigator's case list and a case page with 200 acts (issue 14): GET /cases, its API twin
# GET /api/cases and GET /cases/{id} of a case with 200 acts, as the signed-in demo `investigator`
# (unit 710001), on 1 000 000 criminal cases; beside each round the machine's limit (pgbench
# `select 1`, and the application's health endpoint, which asks the database too). The server's p99
# comes from the histogram of http.server.requests, switched on for this run only.
# Usage: [ROUNDS=3] [REQUESTS=500] [WARM_UP=300] [KEEP_DB=1 | CASES_DB=kept_db] \
#          bench/run-cases-benchmark.sh [cases=1000000]
#   (needs psql, pgbench, a server at 127.0.0.1:5432 and app/target/ecase.jar: ./mvnw -DskipTests package)
#   KEEP_DB=1: keep the database loaded (its name is printed) instead of dropping it at the end.
#   CASES_DB: measure on a database this script kept before (not reloaded, not dropped).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
rounds="${ROUNDS:-3}"
requests="${REQUESTS:-500}"
warm_up="${WARM_UP:-300}"
port=18096
big_case=c0de0200-0000-4000-8000-000000000200
. bench/common.sh

if [ -n "${CASES_DB:-}" ]; then
  db="$CASES_DB"
  trap 'stop_app; rm -rf "$workdir"' EXIT
else
  fresh_database "ecase_bench_cases_$$"
  [ -n "${KEEP_DB:-}" ] && trap 'stop_app; rm -rf "$workdir"; echo "== kept the database $db"' EXIT
  echo "== migrating a fresh database (the built jar, started once, with the demo accounts)"
  start_app "$port"
  stop_app
  echo "== $n cases and one of 200 acts"
  start=$(date +%s)
  psql -q -v ON_ERROR_STOP=1 -v n="$n" -v big_case="$big_case" -d "$db" -f bench/cases-data.sql
  echo "loaded in $(( $(date +%s) - start )) s"
fi
psql -d "$db" -At -F ' ' -c "select count(*) || ' cases (' || count(*) filter (where status = 'INVESTIGATING')
  || ' running), ' || (select count(*) from criminal_case_events) || ' steps, '
  || (select count(*) from criminal_case_documents) || ' documents, '
  || (select count(*) from criminal_case_participants) || ' participants; unit 710001: '
  || count(*) filter (where unit = '710001') || ' cases; investigator: '
  || count(*) filter (where investigator = 'investigator') || ' cases, '
  || count(*) filter (where investigator = 'investigator' and status = 'INVESTIGATING') || ' running'
  from criminal_case_state" \
  -c "select 'the 200-act case: ' || (select count(*) from criminal_case_events where case_id = '$big_case')
  || ' steps, ' || (select count(*) from criminal_case_documents where case_id = '$big_case') || ' documents, '
  || (select count(*) from criminal_case_participants where case_id = '$big_case') || ' participants'"

app_java_opts=(-Xmx512m -Dmanagement.metrics.distribution.percentiles-histogram.http.server.requests=true)
echo "== starting the app (-Xmx512m; histogram of http.server.requests on)"
start_app "$port"
base="http://127.0.0.1:$port"
audited=$(psql -d "$db" -At -c "select count(*) from audit_reads where record_key = 'case/$big_case'")

for round in $(seq 1 "$rounds"); do
  start_round "$round" "$rounds"
  # round 1 shows what the answers hold: rows of the list, cases in the API's list, timeline rows
  token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"investigator","password":"demo"}' \
    "$base/api/auth/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/')
  java -Dbearer="$token" -DwarmUp="$([ "$round" = 1 ] && echo "$warm_up" || echo 20)" -Drounds=1 -Drequests="$requests" \
    -Dcount="$([ "$round" = 1 ] && echo 'data-case=,"erdrNumber",data-step=,data-kind=' || true)" \
    bench/PageLoad.java "$base" investigator /cases /api/cases "/cases/$big_case@/cases/{id}" /actuator/health \
    | sed 's/^round 1 /  /; s/^\//  answer of \//' \
    || { echo "the load generator failed; the app's log:"; tail -40 "$workdir/app.log"; exit 1; }
done
echo "== reads of the 200-act case audited during the run: $(( $(psql -d "$db" -At -c \
  "select count(*) from audit_reads where record_key = 'case/$big_case'") - audited ))"
echo "== the list's query and the page's heaviest, as PostgreSQL runs them (warm)"
psql -d "$db" -c "explain (analyze, buffers, costs off) select case_id, erdr_number, unit, status, since,
  investigator, article_code, gravity, form, opened_at, deadline from criminal_case_state
  where investigator = 'investigator' and status = 'INVESTIGATING' order by deadline, case_id limit 200" \
  | sed 's/^/  /'
psql -d "$db" -c "explain (analyze, buffers, costs off) select d.*, x.decision, exists (select 1 from
  criminal_case_documents n where n.replaces = d.id) as superseded from criminal_case_documents d
  left join criminal_case_document_decisions x on x.document_id = d.id where d.case_id = '$big_case'
  order by d.seq" | sed 's/^/  /'
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -3 || true
