# Sourced by the crash test and the two-node test (after bench/common.sh): what must hold after
# registrations under load whatever happened to the app meanwhile (kills, a PostgreSQL restart, a
# node lost behind the load balancer).
#   outcomes_drain           waits (up to 300 s) until the SMS and AIS BEP outboxes and the
#                            ledger's pending entries are worked off
#   outcome_checks TAG       prints one line per check ("TAG name: value") and sets failed=1 when
#                            a check is off:
#     - every registration the client saw acknowledged (the file $acked: id, number, idempotency
#       key, username per line) is in the database with its number, and in the ledger;
#     - protocol numbers gap-free and unrepeated per unit and year;
#     - the ledger verifies (verifier/target/ecase-verifier.jar check-db with the app's published
#       key $key), and so does an export of it checked offline (export-db, then check-export);
#     - every acknowledged protocol's SMS notice reached the gateway (the simulators at $sim); no
#       message twice per client reference, nor the same text twice; resubmissions the gateway
#       de-duplicated are counted;
#     - every referral to AIS BEP created one case at the simulator; resubmissions counted.
# Needs $db, $workdir, $acked, $sim, $key and PGPORT (set by bench/common.sh), psql, curl, jq.
failed="${failed:-0}"

outcomes_drain() {
  local left=""
  for _ in $(seq 1 300); do
    left=$(psql -d "$db" -Atc "select (select count(*) from sms_outbox where status = 'PENDING')
      + (select count(*) from enforcement_outbox where next_attempt_at is not null)
      + (select count(*) from ledger_pending)")
    [ "$left" = 0 ] && break
    sleep 1
  done
  echo "outboxes and ledger drained (left: $left)"
}

outcome_checks() {
  local tag="$1" verdict phone referred cases_twice=0 resubmitted=0 not_created=0 reference answer created
  check() { # NAME VALUE: the value must be 0
    echo "$tag $1: $2"
    [ "$2" = 0 ] || failed=1
  }
  psql -q -d "$db" -c "set client_min_messages = warning; drop table if exists outcome_acked; create table outcome_acked (id uuid, number text, idempotency_key text, username text)"
  psql -q -d "$db" -c "\\copy outcome_acked from '$acked' with (format text, delimiter ' ')"
  echo "$tag acknowledged registrations: $(psql -d "$db" -Atc "select count(*) from outcome_acked"), protocols in the database: $(psql -d "$db" -Atc "select count(*) from offence_protocols")"
  check "acknowledged lost (missing, or another number)" "$(psql -d "$db" -Atc "
    select count(*) from outcome_acked a left join offence_protocols p on p.id = a.id and p.number = a.number
    where p.id is null")"
  check "acknowledged registered twice (one idempotency key, two protocols)" "$(psql -d "$db" -Atc "
    select count(*) from (select idempotency_key from outcome_acked group by 1 having count(distinct id) > 1) t")"
  check "acknowledged not in the ledger" "$(psql -d "$db" -Atc "
    select count(*) from outcome_acked a
    where not exists (select 1 from ledger_entries e where e.record_key = 'protocol/' || a.id)")"
  check "number series (unit and year) with a gap or a repeat" "$(psql -d "$db" -Atc "
    select count(*) from (select left(number, 8) series, count(*) n, count(distinct number) d,
      max(right(number, 6)::int) top from offence_protocols group by 1) s
    where n <> top or d <> n")"
  echo "$tag number series: $(psql -d "$db" -Atc "select string_agg(left(number, 8) || ': ' || count, ', ') from (select left(number, 8) number, count(*) from offence_protocols group by 1 order by 1) s")"
  check "ledger indexes with a gap" "$(psql -d "$db" -Atc "
    select coalesce(max(idx) + 1, 0) - count(*) from ledger_entries")"
  verdict=$(java -jar verifier/target/ecase-verifier.jar check-db --url "jdbc:postgresql://127.0.0.1:$PGPORT/$db" \
    --user postgres --key "$key" 2>/dev/null | tail -1 || true)
  echo "$tag ledger: $verdict"
  case "$verdict" in OK:*) ;; *) failed=1 ;; esac
  verdict=$( (java -jar verifier/target/ecase-verifier.jar export-db --url "jdbc:postgresql://127.0.0.1:$PGPORT/$db" \
      --user postgres --out "$workdir/ledger.export" >/dev/null 2>&1 &&
    java -jar verifier/target/ecase-verifier.jar check-export "$workdir/ledger.export" --key "$key" 2>/dev/null) | tail -1 || true)
  echo "$tag ledger export checked offline: $verdict"
  case "$verdict" in OK:*) ;; *) failed=1 ;; esac

  phone=$(curl -fs "$sim/population/persons/850315401231" | jq -r .mobilePhone)
  curl -fs "$sim/sms/messages?to=$(jq -rn --arg p "$phone" '$p | @uri')" >"$workdir/sms.json"
  jq -r '.[].clientRef' "$workdir/sms.json" >"$workdir/sms-refs.txt"
  echo "$tag SMS at the gateway: $(jq length "$workdir/sms.json") messages ($(psql -d "$db" -Atc "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from sms_outbox group by 1 order by 1) s") in the outbox)"
  check "SMS messages twice per client reference" "$(sort "$workdir/sms-refs.txt" | uniq -d | wc -l)"
  check "SMS the same text twice (one notice under two references)" "$(jq -r '.[].text | @json' "$workdir/sms.json" | sort | uniq -d | wc -l)"
  psql -q -d "$db" -c "set client_min_messages = warning; drop table if exists outcome_sms; create table outcome_sms (client_ref text)"
  psql -q -d "$db" -c "\\copy outcome_sms from '$workdir/sms-refs.txt'"
  check "acknowledged protocols whose notice never reached the gateway" "$(psql -d "$db" -Atc "
    select count(*) from outcome_acked a
    where not exists (select 1 from outcome_sms s where s.client_ref = 'protocol-' || a.number || '-notice')")"
  echo "$tag SMS resubmitted after a crash (one message; the gateway de-duplicated by client reference): $(jq '[.[] | select(.submissions > 1)] | length' "$workdir/sms.json"); SMS sent in more than one attempt: $(psql -d "$db" -Atc "select count(*) from sms_outbox where attempts > 1")"

  referred=$(psql -d "$db" -Atc "select reference from enforcement_outbox order by 1")
  for reference in $referred; do
    answer=$(curl -fs "$sim/admin/enforcement/references/$reference" || echo '{"casesCreated":0,"submissions":0}')
    created=$(jq .casesCreated <<<"$answer")
    [ "$created" -gt 1 ] && cases_twice=$((cases_twice + 1))
    [ "$created" -eq 0 ] && not_created=$((not_created + 1))
    [ "$(jq .submissions <<<"$answer")" -gt 1 ] && resubmitted=$((resubmitted + 1))
  done
  echo "$tag enforcement referrals: $(wc -w <<<"$referred") ($(psql -d "$db" -Atc "select count(*) from offence_protocol_status where status = 'DECIDED'") decisions not yet in force or referred)"
  check "enforcement referrals with two cases at AIS BEP" "$cases_twice"
  check "enforcement referrals without a case at AIS BEP" "$not_created"
  echo "$tag enforcement referrals resubmitted after a crash (one case; AIS BEP de-duplicated by reference): $resubmitted"
}
