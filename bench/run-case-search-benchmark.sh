#!/usr/bin/env bash
# The staff search over the criminal register (docs/search.md, docs/BENCHMARKS.md) on N generated
# cases with their crime reports (bench/cases-data.sql), in one run with the machine's own limit:
#  1. SQL: each key's query as CaseSearchRows/ReportSearchRows send it (a participant's IIN, an ERDR
#     number, a KUI number, a name, a surname alone), pgbench with one client, a different sampled
#     value per transaction, jurisdiction 71 (the supervisor's); p50/p99 from pgbench's log; beside
#     it pgbench `select 1`.
#  2. HTTP: GET /api/cases/search as the supervisor (each key, 4 values) with bench/PageLoad.java:
#     client p50/p90/p99 and the server's histogram, every request an audited read.
#  3. EXPLAIN (ANALYZE, BUFFERS) of the name and IIN queries.
# Usage: [KEEP_DB=1] bench/run-case-search-benchmark.sh [cases=200000] [seconds per SQL key=10] [HTTP requests=200]
#   (needs psql, pgbench, java and app/target/ecase.jar). The database is dropped at the end unless KEEP_DB.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-200000}"
seconds="${2:-10}"
requests="${3:-200}"
port=18097
big_case=c0de0200-0000-4000-8000-000000000200
. bench/common.sh
fresh_database "ecase_bench_casesearch_$$"
if [ -n "${KEEP_DB:-}" ]; then
  keep="$db"
  trap 'stop_app; rm -rf "$workdir"; echo "== kept the database $keep"' EXIT
fi
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows here)"
echo "== migrating a fresh database (the built jar, started once, with the demo accounts)"
start_app "$port"
stop_app
echo "== $n cases with their reports (seed 14)"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v n="$n" -v seed=14 -v big_case="$big_case" -d "$db" -f bench/cases-data.sql >/dev/null
echo "loaded in $(( $(date +%s) - start )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
psql -d "$db" -At -c "select (select count(*) from criminal_cases) || ' cases, '
  || (select count(*) from criminal_case_participants) || ' participants ('
  || (select count(distinct iin) from criminal_case_participants) || ' persons), '
  || (select count(*) from crime_reports) || ' reports, '
  || (select count(*) from criminal_case_names) || ' + ' || (select count(*) from crime_report_names)
  || ' names projected; ' || pg_size_pretty(pg_database_size(current_database()))"

psql -q -d "$db" <<'SQL'
create table bench_case_samples (key text, k int, value text, primary key (key, k));
insert into bench_case_samples
select 'iin', row_number() over (), iin from (select p.iin from criminal_case_participants p
  join criminal_cases c on c.id = p.case_id where c.unit like '71%' order by md5(p.id::text) limit 1000) x;
insert into bench_case_samples
select 'erdr', row_number() over (), erdr_number from (select erdr_number from criminal_cases
  where unit like '71%' order by md5(id::text) limit 1000) x;
insert into bench_case_samples
select 'kui', row_number() over (), kui_number from (select kui_number from crime_reports
  where unit like '71%' order by md5(id::text) limit 1000) x;
insert into bench_case_samples
select 'name', row_number() over (), v from (
  select case when row_number() over () % 2 = 0 then split_part(name, ' ', 1) || ' ' || split_part(name, ' ', 2)
              else left(split_part(name, ' ', 1), 5) || ' ' || left(split_part(name, ' ', 2), 4) end as v
  from (select name from criminal_case_participants order by md5(id::text) limit 1000) n) x;
insert into bench_case_samples
select 'surname', row_number() over (), split_part(name, ' ', 1)
from (select name from criminal_case_participants order by md5(id::text || 's') limit 1000) n;
analyze bench_case_samples;
SQL

state="s.case_id, s.erdr_number, s.unit, s.status, s.opened_at, s.investigator, s.article_code, s.gravity"
value() { echo "(select value from bench_case_samples where key = '$1' and k = :k)"; }
percentiles() {
  cat "$workdir"/log.* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
    printf "%6d queries  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms", NR, v[int(NR * 0.5)] / 1000, v[int(NR * 0.99)] / 1000, v[NR] / 1000 }'
  rm -f "$workdir"/log.*
}
run_sql() { # label, script
  printf '\\set k random(1, 1000)\n%s\n' "$2" >"$workdir/q.sql"
  (cd "$workdir" && pgbench -n -M prepared -f q.sql -c 1 -T "$seconds" -l --log-prefix=log -d "$db" >/dev/null 2>&1)
  printf '  %-38s %s\n' "$1" "$(percentiles)"
}
names() { # sample key, the words as the app makes them: folded, each %word%
  echo "select $state, p.role, p.iin, p.name from (select f.case_id, f.opened_at,
  min(f.participant_id::text)::uuid as participant_id from criminal_case_names f,
  (select ecase_fold_name($(value "$1")) as q) v where f.unit like '71%'
  and f.name like '%' || split_part(v.q, ' ', 1) || '%'
  and f.name like '%' || coalesce(nullif(split_part(v.q, ' ', 2), ''), split_part(v.q, ' ', 1)) || '%'
  group by f.case_id, f.opened_at order by f.opened_at desc limit 101) hit
  join criminal_case_state s on s.case_id = hit.case_id
  join criminal_case_participants p on p.id = hit.participant_id order by hit.opened_at desc, hit.case_id;"
}
iin_sql="select distinct on (s.opened_at, s.case_id) $state, p.role, p.iin, p.name from criminal_case_participants p
  join criminal_case_state s on s.case_id = p.case_id where p.iin = $(value iin)::bpchar and s.unit like '71%'
  order by s.opened_at desc, s.case_id, p.role limit 101;"
echo "== 1. SQL, one client, $seconds s per key, a different sampled value each time, jurisdiction 71"
echo 'select 1;' >"$workdir/one.sql"
(cd "$workdir" && pgbench -n -M prepared -f one.sql -c 1 -T 5 -l --log-prefix=log -d "$db" >/dev/null 2>&1)
printf '  %-38s %s\n' "machine limit: select 1" "$(percentiles)"
run_sql "case by participant's IIN" "$iin_sql"
run_sql "case by ERDR number" "select $state from criminal_cases c join criminal_case_state s on s.case_id = c.id
  where c.erdr_number = $(value erdr)::bpchar and c.unit like '71%' limit 101;"
run_sql "report by KUI number" "select r.id, r.kui_number, s.status from crime_reports r join crime_report_status s
  on s.report_id = r.id where r.kui_number = $(value kui) and r.unit like '71%' order by r.received_at desc limit 101;"
run_sql "report by reporter's IIN" "select r.id, r.kui_number, s.status from crime_reports r join crime_report_status s
  on s.report_id = r.id where r.reporter_iin = $(value iin)::bpchar and r.unit like '71%' order by r.received_at desc limit 101;"
run_sql "case by name (surname + first)" "$(names name)"
run_sql "case by surname alone" "$(names surname)"
(cd "$workdir" && pgbench -n -M prepared -f one.sql -c 1 -T 5 -l --log-prefix=log -d "$db" >/dev/null 2>&1)
printf '  %-38s %s\n' "machine limit again: select 1" "$(percentiles)"

echo "== 2. HTTP, the app with -Xmx512m (histogram of http.server.requests on)"
app_java_opts=(-Xmx512m -Dmanagement.metrics.distribution.percentiles-histogram.http.server.requests=true)
start_app "$port"
base="http://127.0.0.1:$port"
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"supervisor","password":"demo"}' \
  "$base/api/auth/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/')
paths=()
for key in iin erdr kui name surname; do
  while read -r v; do
    q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$v")
    paths+=("/api/cases/search?q=$q@/api/cases/search")
  done < <(psql -d "$db" -At -c "select value from bench_case_samples where key = '$key' and k <= 4 order by k")
done
audited=$(psql -d "$db" -At -c "select count(*) from audit_reads where record_key like 'search/%'")
start_round 1 1
java -Dbearer="$token" -DwarmUp=30 -Drounds=1 -Drequests="$requests" \
  bench/PageLoad.java "$base" supervisor "${paths[@]}" /actuator/health \
  | sed 's/^round 1 /  /; s/^\//  answer of \//' \
  || { echo "the load generator failed; the app's log:"; tail -40 "$workdir/app.log"; exit 1; }
echo "== searches audited during the run: $(( $(psql -d "$db" -At -c \
  "select count(*) from audit_reads where record_key like 'search/%'") - audited ))"
echo "== 3. the name and IIN queries as PostgreSQL runs them (warm), jurisdiction 71"
q=$(psql -d "$db" -At -c "select ecase_fold_name(value) from bench_case_samples where key = 'name' and k = 2")
psql -d "$db" -c "explain (analyze, buffers, costs off) select f.case_id, f.opened_at
  from criminal_case_names f where f.unit like '71%' and f.name like '%$(echo "$q" | cut -d' ' -f1)%'
  and f.name like '%$(echo "$q" | cut -d' ' -f2)%' group by f.case_id, f.opened_at order by f.opened_at desc limit 101" | sed 's/^/  /'
i=$(psql -d "$db" -At -c "select value from bench_case_samples where key = 'iin' and k = 3")
psql -d "$db" -c "explain (analyze, buffers, costs off) select distinct on (s.opened_at, s.case_id) s.case_id
  from criminal_case_participants p join criminal_case_state s on s.case_id = p.case_id
  where p.iin = '$i' and s.unit like '71%' order by s.opened_at desc, s.case_id, p.role limit 101" | sed 's/^/  /'
