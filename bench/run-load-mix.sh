#!/usr/bin/env bash
# The load mix (docs/BENCHMARKS.md, "Load mix (Gatling)"): a working day of ecase from Gatling's
# Java DSL (bench/gatling, kz.ecase.load.EcaseMix) — officers registering protocols (draft look-up,
# fine preview, signed registration), person and plate look-ups, staff searches, officers' own
# protocols, investigators' case work, citizens' portal reads.
#
# Without a base URL: a fresh database, the built jar (-Xmx512m) started once to migrate it, the
# data loaded (PROTOCOLS protocols by bench/protocols-data.sql, CASES criminal cases by
# bench/cases-data.sql), the accounts made in SQL, the jar started again, and the simulation run
# against it. With a base URL (the app, or a load balancer in front of several nodes, each
# -Xmx512m): nothing is started; the accounts are made in the database BENCH_DB when it is given
# (on the server at 127.0.0.1:5432 or BENCH_PGPORT), else they must exist already. KEEP_DB=1 keeps
# the database and the app's data directory (bench/gatling/target/<db>-data: the KEK that wraps the
# officers' signing keys) for such runs: start the nodes with ECASE_DATA_DIR set to it.
#
# Usage: [MODEL=open|closed] [USERS=16] [THINK=1] [RAMP=10] [MAX_FAILED_PERCENT=1]
#          [PROTOCOLS=20000] [CASES=50000] [CITIZENS=200] [KEEP_DB=1] [BENCH_DB=name] [BENCH_JAR=path]
#          bench/run-load-mix.sh [rate=2] [seconds=60] [base-url]
#   rate: journeys per second (open model); MODEL=closed: USERS concurrent users instead
#   THINK: seconds between two requests of a journey (default 1 open, 0 closed)
#   MAX_FAILED_PERCENT: the run fails when more requests fail (a Gatling assertion)
#   (needs psql, a PostgreSQL server at 127.0.0.1:5432, app/target/ecase.jar:
#    ./mvnw -DskipTests package; the first run downloads Gatling through the Maven wrapper)
# The HTML report is written under bench/gatling/target/gatling/ (not in git); the script prints
# its path and one line per request group: requests/s, p50/p99 (ms), failures.
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-2}"
seconds="${2:-60}"
base="${3:-}"
port=18097
officers_per_unit=4
citizens="${CITIZENS:-200}"
persons=5000
. bench/common.sh

if [ -z "$base" ]; then
  fresh_database "ecase_bench_mix_$$"
  # the app's data directory (its key-encryption key, ledger keys, documents) goes with the
  # database: officers' signing keys are wrapped under that KEK
  data_dir="$workdir/data"
  if [ -n "${KEEP_DB:-}" ]; then
    data_dir="$PWD/bench/gatling/target/$db-data"
    trap 'stop_app; rm -rf "$workdir"; echo "== kept the database $db and its data directory $data_dir (ECASE_DATA_DIR)"' EXIT
  fi
  echo "== migrating a fresh database (the built jar, started once, with the demo accounts)"
  start_app "$port" ECASE_DATA_DIR="$data_dir"
  stop_app
  load_mix_data
elif [ -n "${BENCH_DB:-}" ]; then
  db="$BENCH_DB"
  trap 'rm -rf "$workdir"' EXIT
fi

# The accounts (password "demo", as the demo accounts): officers in 8 departments of region 71
# (4 each: a department's registrations share its gap-free number counter), the investigators of
# department 710001 who have the loaded cases, and citizens who have protocols (below).
officers=()
for d in $(seq 1 8); do
  for o in $(seq 1 "$officers_per_unit"); do officers+=("load-officer-71000$d-$o"); done
done
investigators=(investigator)
for i in $(seq 1 19); do investigators+=("inv-710001-$(printf %02d "$i")"); done
citizen_accounts=()
for k in $(seq 0 $((citizens - 1))); do citizen_accounts+=("load-citizen-$k"); done
if [ -n "$db" ]; then
  echo "== accounts: ${#officers[@]} officers, ${#investigators[@]} investigators, $citizens citizens"
  java bench/gatling/src/test/java/kz/ecase/load/People.java "$citizens" >"$workdir/citizens.txt"
  {
    echo "create temporary table load_people (k int, iin char(12));"
    echo "copy load_people (k, iin) from stdin;"
    awk '{ print NR - 1 "\t" $1 }' "$workdir/citizens.txt"
    echo '\.'
    cat <<'SQL'
-- the citizens who open the portal are people with protocols: those of the loaded protocols, or
-- (none loaded) the first people the officers meet
create temporary table load_citizens as
  select (row_number() over (order by iin))::int - 1 as k, iin
  from (select distinct offender_iin as iin from offence_protocols order by 1 limit :citizens) p;
insert into load_citizens select k, iin from load_people where not exists (select from load_citizens);
insert into units (code, kind, parent_id, name_kk, name_ru, name_en)
  select '71000' || d, 'DEPARTMENT', id, 'Бөлім ' || d, 'Отдел ' || d, 'Department ' || d
  from units, generate_series(1, 8) d where code = '71'
  on conflict (code) do nothing;
insert into user_accounts (username, password_hash, display_name, role, unit_id)
  select 'load-officer-71000' || d || '-' || o, password_hash, 'Load officer ' || d || '-' || o, 'OFFICER',
         (select id from units where code = '71000' || d)
  from user_accounts, generate_series(1, 8) d, generate_series(1, :officers) o where username = 'officer'
  on conflict (username) do nothing;
insert into user_accounts (username, password_hash, display_name, role, unit_id)
  select 'inv-710001-' || lpad(i::text, 2, '0'), password_hash, 'Investigator ' || i, 'INVESTIGATOR', unit_id
  from user_accounts, generate_series(1, 19) i where username = 'investigator'
  on conflict (username) do nothing;
insert into user_accounts (username, password_hash, display_name, role, iin)
  select 'load-citizen-' || c.k, a.password_hash, 'Load citizen ' || c.k, 'CITIZEN', c.iin
  from user_accounts a, load_citizens c where a.username = 'citizen'
  on conflict do nothing;
SQL
  } | psql -q -v ON_ERROR_STOP=1 -v officers="$officers_per_unit" -v citizens="$citizens" -d "$db"

  # Search texts as staff type them, of the protocols loaded in region 71 (where the officers
  # are): IINs 40 %, plates 25 %, numbers 15 %, surnames 20 %
  psql -d "$db" -At -c "
    (select offender_iin from offence_protocols where unit like '71%' order by random() limit 400)
    union all (select plate from offence_protocols where unit like '71%' and plate is not null order by random() limit 250)
    union all (select number from offence_protocols where unit like '71%' order by random() limit 150)
    union all (select split_part(offender_name, ' ', 1) from offence_protocol_particulars x
               join offence_protocols p on p.id = x.protocol_id
               where p.unit like '71%' and offender_name is not null order by random() limit 200)" \
    >"$workdir/search-terms.txt"
  [ -s "$workdir/search-terms.txt" ] || rm "$workdir/search-terms.txt"
fi

if [ -z "$base" ]; then
  echo "== ecase: java -Xmx512m -jar ${BENCH_JAR:-app/target/ecase.jar} ($(git log -1 --format='%h %cs' 2>/dev/null || true) checked out)"
  start_app "$port" ECASE_DATA_DIR="$data_dir"
  base="http://localhost:$port"
  psql -d "$db" -Atc "select count(*) || ' protocols, ' || (select count(*) from criminal_case_state where status = 'INVESTIGATING') || ' running cases' from offence_protocols"
fi

model="${MODEL:-open}"
if [ "$model" = closed ]; then what="${USERS:-16} concurrent users"; else what="$rate journeys/s"; fi
echo "== load mix against $base: $model model, $what, ${RAMP:-10} s ramp + $seconds s ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
join() { local IFS=,; echo "$*"; }
started=$(date +%s)
[ -n "$db" ] && since=$(psql -d "$db" -Atc "select now()")
status=0
./mvnw -q -B -ntp -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=kz.ecase.load.EcaseMix \
  -DbaseUrl="$base" -Dmodel="$model" -Drate="$rate" -Dusers="${USERS:-16}" -Dseconds="$seconds" \
  -DrampSeconds="${RAMP:-10}" ${THINK:+-Dthink="$THINK"} -Dpersons="$persons" \
  -Dofficers="$(join "${officers[@]}")" -Dinvestigators="$(join "${investigators[@]}")" \
  -Dcitizens="$(join "${citizen_accounts[@]}")" \
  ${MAX_FAILED_PERCENT:+-DmaxFailedPercent="$MAX_FAILED_PERCENT"} \
  $([ -f "$workdir/search-terms.txt" ] && echo "-DsearchTerms=$workdir/search-terms.txt") \
  >"$workdir/gatling.log" 2>&1 || status=$?

report=$(find bench/gatling/target/gatling -maxdepth 1 -type d -name 'ecasemix-*' -newermt "@$started" 2>/dev/null | sort | tail -1)
if [ -z "$report" ] || [ ! -f "$report/index.html" ]; then
  echo "no report; Gatling's output:"
  tail -40 "$workdir/gatling.log"
  exit 1
fi
grep -E "Assertion|Global: " "$workdir/gatling.log" || true
echo "== report: $report/index.html"
window=$(( ${RAMP:-10} + seconds ))
echo "== per request group, per second of the day's ${window} s (ramp included); a group's response time is"
echo "   its requests' times summed, pauses left out; staff sign-ins and PINs apart"
# the report's statistics table (Gatling 3.15): a row per group and request, nested under their
# group (data-parent); columns 2 total, 4 failed, 8 p50, 11 p99 (ms)
awk -v window="$window" '
  /<tr id="/ { parent = match($0, /data-parent="[^"]*"/) ? substr($0, RSTART + 13, RLENGTH - 14) : "" }
  /class="ellipsed-name">/ { match($0, /ellipsed-name">[^<]*/); name = substr($0, RSTART + 15, RLENGTH - 15) }
  /class="value [a-z]+ col-[0-9]+">/ {
    match($0, /col-[0-9]+/); col = substr($0, RSTART + 4, RLENGTH - 4)
    match($0, />[^<]*</); v[col] = substr($0, RSTART + 1, RLENGTH - 2)
    if (col == 14) {
      indent = (parent == "" || parent == "ROOT") ? "" : "    "
      if (name == "All Requests") { all = sprintf("all requests (sign-ins before the day too): p50 %s ms, p99 %s ms, failed %s of %s", v[8], v[11], v[4], v[2]); next }
      if (indent == "" && (name == "sign in" || name == "set signing PIN")) {
        printf "staff, before the day (and token renewals), %s: p50 %s ms, p99 %s ms, failed %s of %s\n", name, v[8], v[11], v[4], v[2]; next
      }
      printf "%s%s: %.2f/s, p50 %s ms, p99 %s ms, failed %s of %s\n", indent, name, v[2] / window, v[8], v[11], v[4], v[2]
    }
  }
  END { if (all != "") print all }' "$report/index.html" | sed 's/&amp;/\&/g; s/&#39;/'"'"'/g'
if [ -n "$db" ]; then
  psql -d "$db" -Atc "select count(*) || ' protocols registered during the run, ' || (select count(*) from person_lookups
    where looked_up_at >= '$since') || ' look-ups logged' from offence_protocols where created_at >= '$since'" || true
fi
[ -n "$app_pid" ] && { echo "== heap of the app after the run (-Xmx512m)"; jcmd "$app_pid" GC.heap_info 2>/dev/null | head -3 || true; }
exit "$status"
