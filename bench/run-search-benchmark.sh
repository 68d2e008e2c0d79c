#!/usr/bin/env bash
# The staff search over a loaded register (docs/search.md, docs/BENCHMARKS.md), in one run with the
# machine's own limit beside it:
#  1. SQL: each key's query as ProtocolSearchRows sends it (IIN, number, plate, name: the beginnings
#     of its words, and the fallback of words anywhere in the name), pgbench with
#     one client, a different value per transaction drawn from SAMPLES values of the data (so that
#     the pages read are not just the same few), as the supervisor of region 71 (jurisdiction 71%)
#     and the officer of department 710001; p50/p99 from pgbench's per-transaction log; beside it
#     pgbench `select 1` on the same connection path.
#  2. HTTP: GET /api/offences/search (each key, 4 values each) and the search page
#     /offences/search?q=… with bench/PageLoad.java: client p50/p90/p99 and the server's histogram,
#     every request an audited read (its ledger entry and audit row included); beside them the
#     health check with and without the session cookie and liveness alone (the floor), after a
#     warm-up to the steady state (BENCH_WARMUP requests per path, 200, then until the median stops
#     falling, at most BENCH_WARMUP_SECONDS, 60).
# Usage: bench/run-search-benchmark.sh DATABASE [seconds per SQL key=20] [HTTP requests=200]
#   DATABASE: loaded by bench/load-protocols.sh (kept; this script changes only its audit rows and
#   ledger). Needs psql, pgbench, java and app/target/ecase.jar (BENCH_JAR).
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"
seconds="${2:-20}"
requests="${3:-200}"
port=18096
. bench/common.sh
db="$target"
trap 'stop_app; rm -rf "$workdir"' EXIT   # keep the database

echo "== $(psql -d "$db" -Atc "select count(*) || ' protocols, ' || pg_size_pretty(pg_database_size(current_database())) from offence_protocols")"
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows here)"

# sample values of each key from the protocols of region 71 (the supervisor's jurisdiction; a sixth
# of them in the officer's 710001), a fixed pseudo-random choice: the same on every run of the data
pct=$(psql -d "$db" -Atc "select least(100, greatest(0.5, 4e6 / greatest(reltuples, 1)))::numeric(6,2) from pg_class where relname = 'offence_protocols'")
psql -q -d "$db" -v pct="$pct" <<'SQL'
drop table if exists bench_search_samples;
create table bench_search_samples (key text, k int, value text, primary key (key, k));
create temporary table region as
select offender_iin, number, plate from offence_protocols tablesample system (:pct) repeatable (16)
where unit like '71%' limit 20000;
insert into bench_search_samples
select 'iin', row_number() over (), offender_iin from (select offender_iin from region order by md5(number) limit 2000) x;
insert into bench_search_samples
select 'number', row_number() over (), number from (select number from region order by md5(number || 'n') limit 2000) x;
insert into bench_search_samples
select 'plate', row_number() over (), plate from (select plate from region where plate is not null order by md5(number || 'p') limit 2000) x;
-- names as staff type them: a surname and a first name, whole or the first letters of each
create temporary table names as
select name from offence_protocol_names tablesample system (:pct) repeatable (19) where unit like '71%' limit 4000;
insert into bench_search_samples
select 'name', row_number() over (), v from (
  select case when row_number() over () % 2 = 0 then split_part(name, ' ', 1) || ' ' || split_part(name, ' ', 2)
              else left(split_part(name, ' ', 1), 5) || ' ' || left(split_part(name, ' ', 2), 4) end as v
  from (select name from names order by md5(name) limit 2000) n) x;
-- a surname alone (tens of thousands of matches at national scale: the worst case of a name)
insert into bench_search_samples
select 'surname', row_number() over (), split_part(name, ' ', 1) from (select name from names order by md5(name || 's') limit 2000) x;
analyze bench_search_samples;
SQL
samples=$(psql -d "$db" -Atc "select min(c) from (select count(*) c from bench_search_samples group by key) x")
echo "== $samples sampled values per key"

select_cols="select p.id, p.number, p.unit, s.status, p.created_at, p.offender_iin, n.offender_name, p.plate, p.article_code, p.catalogue_version"
joins="join offence_protocol_status s on s.protocol_id = p.id left join offence_protocol_particulars n on n.protocol_id = p.id"
by_column() { # column, units, sample key, the column's type (the app's parameter is cast to it)
  echo "\\set k random(1, $samples)
$select_cols from offence_protocols p $joins where p.$1 = (select value from bench_search_samples where key = '$3' and k = :k)::$4 and p.unit like '$2%' order by p.created_at desc limit 51;"
}
by_name() { # units, sample key: the fallback, every word anywhere in the name (trigram index), as
  # ProtocolSearchRows#byName makes the words (folded, each %word%)
  echo "\\set k random(1, $samples)
$select_cols from (select f.protocol_id, f.created_at from offence_protocol_names f,
  (select ecase_fold_name(value) as q from bench_search_samples where key = '$2' and k = :k) v
  where f.unit like '$1%' and f.name like '%' || split_part(v.q, ' ', 1) || '%'
    and f.name like '%' || coalesce(nullif(split_part(v.q, ' ', 2), ''), split_part(v.q, ' ', 1)) || '%'
  order by f.created_at desc limit 51) hit join offence_protocols p on p.id = hit.protocol_id $joins order by hit.created_at desc;"
}
begins() { # column, word (an SQL expression): ProtocolSearchRows#byNamePrefixes' range of the word
  echo "and f.$1 ~>=~ $2 and f.$1 ~<~ (left($2, -1) || chr(ascii(right($2, 1)) + 1))"
}
by_prefixes() { # units, sample key: the beginnings of surname [and first name] as
  # ProtocolSearchRows#byNamePrefixes sends them (prepared, the words as parameters: the sample is
  # fetched and folded first by the same pgbench script, \gset)
  local first=""
  [ "$2" = name ] && first=$(begins first_name "split_part(:q, ' ', 2)")
  echo "\\set k random(1, $samples)
select ecase_fold_name(value) as q from bench_search_samples where key = '$2' and k = :k \\gset
$select_cols from (select f.protocol_id, f.created_at from offence_protocol_names f
  where left(f.unit, 2) = left('$1', 2) and f.unit like '$1%' $(begins surname "split_part(:q, ' ', 1)") $first
  order by f.created_at desc limit 51) hit join offence_protocols p on p.id = hit.protocol_id $joins order by hit.created_at desc;"
}
# p50/p99 in ms from pgbench's per-transaction log (microseconds in the third column)
percentiles() {
  cat "$workdir"/log.* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
    printf "%6d queries  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms", NR, v[int(NR * 0.5)] / 1000, v[int(NR * 0.99)] / 1000, v[NR] / 1000 }'
  rm -f "$workdir"/log.*
}
run_sql() { # label, script
  echo "$2" >"$workdir/q.sql"
  (cd "$workdir" && pgbench -n -M prepared -f q.sql -c 1 -T "$seconds" -l --log-prefix=log -d "$db" >/dev/null 2>&1)
  printf '  %-34s %s\n' "$1" "$(percentiles)"
}

echo "== 1. SQL, one client, $seconds s per key, a different sampled value each time"
echo 'select 1;' >"$workdir/one.sql"
(cd "$workdir" && pgbench -n -M prepared -f one.sql -c 1 -T 10 -l --log-prefix=log -d "$db" >/dev/null 2>&1)
printf '  %-34s %s\n' "machine limit: select 1" "$(percentiles)"
for units in 71 710001; do
  run_sql "IIN, jurisdiction $units" "$(by_column offender_iin $units iin bpchar)"
  run_sql "number, jurisdiction $units" "$(by_column number $units number bpchar)"
  run_sql "plate, jurisdiction $units" "$(by_column plate $units plate text)"
  run_sql "name (surname + first), $units" "$(by_prefixes $units name)"
  run_sql "surname alone, $units" "$(by_prefixes $units surname)"
  run_sql "fallback: words anywhere, $units" "$(by_name $units name)"
done
(cd "$workdir" && pgbench -n -M prepared -f one.sql -c 1 -T 10 -l --log-prefix=log -d "$db" >/dev/null 2>&1)
printf '  %-34s %s\n' "machine limit again: select 1" "$(percentiles)"
# every search commits its audit (ledger entry + audit row) durably: one WAL flush, the floor of an
# audited read on this disk
psql -q -d "$db" -c "drop table if exists bench_search_commits; create table bench_search_commits (at timestamptz)"
run_sql "machine limit: one durable commit" "insert into bench_search_commits values (now());"
psql -q -d "$db" -c "drop table bench_search_commits"

echo "== 2. HTTP, the app with -Xmx512m (histogram of http.server.requests on)"
app_java_opts=(-Xmx512m -Dmanagement.metrics.distribution.percentiles-histogram.http.server.requests=true)
start_app "$port"
base="http://127.0.0.1:$port"
token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"supervisor","password":"demo"}' \
  "$base/api/auth/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/')
paths=()
for key in iin number plate name; do
  while read -r value; do
    q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$value")
    paths+=("/api/offences/search?q=$q@/api/offences/search")
    [ "$key" = name ] && paths+=("/offences/search?q=$q@/offences/search")
  done < <(psql -d "$db" -At -c "select value from bench_search_samples where key = '$key' and k <= 4 order by k")
done
audited=$(psql -d "$db" -At -c "select count(*) from audit_reads where record_key like 'search/%'")
start_round 1 1
# the floor: the health check as before (with the browser's session cookie: the session is read,
# its account checked, as on every signed-in page), and as a load balancer's probe asks it (no
# cookie): the whole health (database, disk space, …) and liveness alone (no I/O at all)
paths+=(/actuator/health "~/actuator/health@/actuator/health" "~/actuator/health/liveness@/actuator/health/**")
# warm-up: WARM_UP requests to every path, then on in windows until the median stops falling (C2
# has compiled the paths, the caches are warm) or BENCH_WARMUP_SECONDS, whichever first (PageLoad)
java -Dbearer="$token" -DwarmUp="${BENCH_WARMUP:-200}" -DwarmUpSeconds="${BENCH_WARMUP_SECONDS:-60}" \
  -DwarmUpWindow=50 -Drounds=1 -Drequests="$requests" \
  bench/PageLoad.java "$base" supervisor "${paths[@]}" \
  | sed 's/^round 1 /  /; s/^\//  answer of \//' \
  || { echo "the load generator failed; the app's log:"; tail -40 "$workdir/app.log"; exit 1; }
echo "== searches audited during the run: $(( $(psql -d "$db" -At -c \
  "select count(*) from audit_reads where record_key like 'search/%'") - audited ))"
echo "== a name search as PostgreSQL runs it (warm), jurisdiction 71"
q=$(psql -d "$db" -At -c "select ecase_fold_name(value) from bench_search_samples where key = 'name' and k = 2")
w1=$(echo "$q" | cut -d' ' -f1)
w2=$(echo "$q" | cut -d' ' -f2)
end() { psql -d "$db" -At -c "select left('$1', -1) || chr(ascii(right('$1', 1)) + 1)"; }
echo "  \"$q\", the beginnings of surname and first name (offence_protocol_names_by_words):"
psql -d "$db" -c "explain (analyze, buffers, costs off) select f.protocol_id from offence_protocol_names f
  where left(f.unit, 2) = '71' and f.unit like '71%' and f.surname ~>=~ '$w1' and f.surname ~<~ '$(end "$w1")'
    and f.first_name ~>=~ '$w2' and f.first_name ~<~ '$(end "$w2")'
  order by f.created_at desc limit 51" | sed 's/^/  /'
echo "  the same words anywhere in the name (the fallback, trigram index):"
psql -d "$db" -c "explain (analyze, buffers, costs off) select f.protocol_id from offence_protocol_names f
  where f.unit like '71%' and f.name like '%$w1%' and f.name like '%$w2%'
  order by f.created_at desc limit 51" | sed 's/^/  /'
echo "== heap of the app after the run (-Xmx512m)"
jcmd "$app_pid" GC.heap_info 2>/dev/null | head -3 || true
