-- Synthetic data for bench/run-duty-benchmark.sh: N crime reports (psql variable n) over five years
-- in 50 units of regions 71 and 75 (unit 710001 is the demo duty prosecutor's: 2 % of them), with
-- their events, registrations and status projection; C running custody clocks (variable clocks), of
-- which D (variable duty_clocks) in unit 710001, plus as many stopped ones; receptions of citizens.
--
-- Reports by i % 1000, and the steps each kind went through (hours after receipt):
--   0..539 registered, confirmed          540..789 refused, confirmed
--   790..869 transferred, confirmed       870..919 passed to administrative, confirmed
--   920..959 registered, returned, registered again (2 registrations), confirmed
--   960..979 term missed, then registered, confirmed
--   980..994 decided in the last 7 days, waiting for the check (the duty prosecutor's queue)
--   995..996 returned, to be decided again   997..999 received in the last 20 hours, undecided
-- Nothing is overdue and no clock is due at the end of the load: the script makes clocks come due.
--
-- The projection crime_report_status is written by its insert trigger for the reports; for the
-- events and registrations the row triggers are switched off during the load and the projection is
-- brought up to date in one statement with the triggers' own rules (the same result, minutes
-- faster); the triggers are switched on again at the end.

\set ON_ERROR_STOP on

create temporary table bench_units as
select u, (case when u < 25 then '7100' || lpad((u + 1)::text, 2, '0')
                else '7500' || lpad((u - 24)::text, 2, '0') end)::varchar(6) as unit
from generate_series(0, 49) u;

create temporary table bench_kinds (lo int, hi int, kind text);
insert into bench_kinds values
  (0, 539, 'registered'), (540, 789, 'refused'), (790, 869, 'transferred'), (870, 919, 'passed'),
  (920, 959, 'returned-registered'), (960, 979, 'missed-registered'), (980, 994, 'waiting'),
  (995, 996, 'returned'), (997, 999, 'received');

create temporary table bench_report_steps (kind text, seq int, type text, from_status text,
                                           to_status text, hours int, registers boolean);
insert into bench_report_steps values
  ('registered', 1, 'REGISTER', 'RECEIVED', 'REGISTERED', 6, true),
  ('registered', 2, 'CONFIRM_REGISTRATION', 'REGISTERED', 'REGISTRATION_CONFIRMED', 20, false),
  ('refused', 1, 'REFUSE', 'RECEIVED', 'REFUSED', 8, false),
  ('refused', 2, 'CONFIRM_REFUSAL', 'REFUSED', 'REFUSAL_CONFIRMED', 30, false),
  ('transferred', 1, 'TRANSFER', 'RECEIVED', 'TRANSFERRED', 4, false),
  ('transferred', 2, 'CONFIRM_TRANSFER', 'TRANSFERRED', 'TRANSFER_CONFIRMED', 20, false),
  ('passed', 1, 'PASS_TO_ADMINISTRATIVE', 'RECEIVED', 'PASSED_TO_ADMINISTRATIVE', 5, false),
  ('passed', 2, 'CONFIRM_PASSING', 'PASSED_TO_ADMINISTRATIVE', 'PASSING_CONFIRMED', 22, false),
  ('returned-registered', 1, 'REGISTER', 'RECEIVED', 'REGISTERED', 6, true),
  ('returned-registered', 2, 'RETURN', 'REGISTERED', 'RETURNED', 18, false),
  ('returned-registered', 3, 'REGISTER', 'RETURNED', 'REGISTERED', 22, true),
  ('returned-registered', 4, 'CONFIRM_REGISTRATION', 'REGISTERED', 'REGISTRATION_CONFIRMED', 40, false),
  ('missed-registered', 1, 'MISS_REGISTRATION_TERM', 'RECEIVED', 'RECEIVED', 24, false),
  ('missed-registered', 2, 'REGISTER', 'RECEIVED', 'REGISTERED', 30, true),
  ('missed-registered', 3, 'CONFIRM_REGISTRATION', 'REGISTERED', 'REGISTRATION_CONFIRMED', 50, false),
  ('waiting', 1, 'REGISTER', 'RECEIVED', 'REGISTERED', 6, true),
  ('returned', 1, 'REFUSE', 'RECEIVED', 'REFUSED', 2, false),
  ('returned', 2, 'RETURN', 'REFUSED', 'RETURNED', 4, false);

-- i, its unit (in blocks of 1 000, so that every unit has every kind) and kind, and when it was
-- received: over five years, or recently for the open kinds
create temporary table bench_reports as
select i, b.unit, k.kind,
       date_trunc('second', case
         when k.kind = 'waiting' then now() - interval '6 hours' - (i % 10007) * interval '1 minute' * 0.96
         when k.kind in ('returned', 'received') then now() - (i % 1201) * interval '1 minute'
         else now() - interval '3 days' - (i % 1823) * interval '1 day' - (i % 1439) * interval '1 minute'
       end) as received_at
from generate_series(1, :n) i
join bench_units b on b.u = (i / 1000) % 50
join bench_kinds k on i % 1000 between k.lo and k.hi;
create index on bench_reports (i);
analyze bench_reports;

insert into crime_reports (id, kui_number, unit, source, reporter_iin, reporter_bin, reporter_name,
    description, place, occurred_at, received_at, received_by, registration_deadline,
    idempotency_key, document_sha256, signature_sha256, receipt)
select md5('r' || i)::uuid, lpad(i::text, 20, '0'), unit,
       (array['CITIZEN_STATEMENT', 'ONLINE_STATEMENT', 'OFFICER_REPORT', 'AGENCY_MESSAGE'])[1 + i % 4],
       case when i % 4 <> 2 then '850315401231' end, null,
       case when i % 4 <> 2 then 'Заявитель ' || i end,
       'Сообщение № ' || i || ': кража имущества из квартиры, ущерб ' || (i % 500 + 1) * 1000 || ' тенге; заявитель просит установить лиц',
       'г. Алматы, ул. Абая, ' || (i % 300 + 1), received_at - interval '2 hours', received_at,
       'officer', received_at + interval '24 hours', 'bench-' || i, repeat('a', 64), repeat('b', 64), 0
from bench_reports order by i;

alter table crime_report_events disable trigger crime_report_events_project_status;
alter table crime_report_registrations disable trigger crime_report_registrations_project_status;

insert into crime_report_events (report_id, seq, type, from_status, to_status, at, actor, reasons,
    receipt, document_sha256)
select md5('r' || r.i)::uuid, s.seq, s.type, s.from_status, s.to_status,
       least(r.received_at + s.hours * interval '1 hour', now() - interval '1 minute'),
       case when s.type like 'CONFIRM%' or s.type = 'RETURN' then 'duty-prosecutor'
            when s.type = 'MISS_REGISTRATION_TERM' then 'ecase' else 'investigator' end,
       case when s.type in ('REFUSE', 'RETURN') then 'Нет признаков уголовного правонарушения' else '' end,
       0, case when s.type <> 'MISS_REGISTRATION_TERM' then repeat('c', 64) end
from bench_reports r join bench_report_steps s on s.kind = r.kind
order by r.i, s.seq;

insert into crime_report_registrations (report_id, seq, erdr_number, article_code, gravity, form, at)
select md5('r' || r.i)::uuid, s.seq, lpad(r.i::text, 15, '0'),
       (array['188-1', '190-2', '106-1', '293-1', '200-1'])[1 + r.i % 5],
       (array['MEDIUM', 'GRAVE', 'SMALL', 'MEDIUM', 'MEDIUM'])[1 + r.i % 5], 'INQUIRY',
       least(r.received_at + s.hours * interval '1 hour', now() - interval '1 minute')
from bench_reports r join bench_report_steps s on s.kind = r.kind and s.registers
order by r.i, s.seq;

-- the projection as the triggers would have left it: the latest event's status, the check waiting
-- since a decision, the term missed once recorded, the latest registration's qualification
update crime_report_status s
   set status = e.to_status, since = e.at, seq = e.seq,
       check_since = case when e.to_status in
               ('REGISTERED', 'REFUSED', 'TRANSFERRED', 'PASSED_TO_ADMINISTRATIVE')
           then e.at else null end,
       term_missed = e.missed,
       erdr_number = g.erdr_number, article_code = g.article_code, gravity = g.gravity
  from (select distinct on (report_id) report_id, to_status, at, seq,
               bool_or(type = 'MISS_REGISTRATION_TERM') over (partition by report_id) as missed
          from crime_report_events order by report_id, seq desc) e
  left join (select distinct on (report_id) report_id, erdr_number, article_code, gravity
               from crime_report_registrations order by report_id, seq desc) g
         on g.report_id = e.report_id
 where s.report_id = e.report_id;

alter table crime_report_events enable trigger crime_report_events_project_status;
alter table crime_report_registrations enable trigger crime_report_registrations_project_status;

-- the duty prosecutor's receptions of citizens: 20 a week in unit 710001 for five years, fewer elsewhere
insert into prosecutor_receptions (id, unit, visitor_iin, topic, outcome, explained, report_id,
    received_at, received_by, receipt)
select md5('v' || i)::uuid, b.unit, '850315401231', 'Жалоба на бездействие дознавателя',
       (array['CONSULTATION', 'COMPLAINT', 'CONSULTATION'])[1 + i % 3], 'Разъяснены права и порядок обжалования',
       null, now() - (i / 50) * interval '2 hours', 'duty-prosecutor', 0
from generate_series(1, 250000) i join bench_units b on b.u = i % 50;

-- custody clocks: :clocks running (of them :duty_clocks in unit 710001), and as many released.
-- Running: a fifth deliveries restricted in the last 30 minutes (3 h limit, 75 % at 2 h 15 min),
-- the rest detentions of adults (48 h, 75 % at 36 h): most restricted in the last 30 hours, one in
-- ten 37 to 46 hours ago (its 75 % alert done). Nothing is due.
create temporary table bench_clocks as
select j, case when j <= :duty_clocks then '710001' else b.unit end as unit,
       case when j % 5 = 0 then 'DELIVERY' else 'DETENTION' end as kind,
       date_trunc('second', case
         when j % 5 = 0 then now() - (j % 1800) * interval '1 second'
         when j % 10 = 1 then now() - interval '37 hours' - (j % 540) * interval '1 minute'
         else now() - (j % 1800) * interval '1 minute'
       end) as restricted_at,
       j <= :clocks as running
from generate_series(1, 2 * :clocks) j join bench_units b on b.u = 1 + j % 49;

insert into custody_clocks (id, kind, unit, person_iin, restricted_at, entered_at, place, grounds,
    exceptional_ground, reference, late_entry, late_reason, recorded_by, converted_from)
select md5('c' || j)::uuid, kind, unit, '850315401231',
       restricted_at - case when running then interval '0' else interval '30 days' end,
       restricted_at - case when running then interval '0' else interval '30 days' end + interval '10 minutes',
       'ИВС УП г. Алматы', 'Застигнут при совершении преступления', null, null, false, null, 'officer', null
from bench_clocks order by j;

insert into custody_clock_steps (clock_id, seq, type, from_status, to_status, at, actor, reasons,
    receipt, document_sha256)
select md5('c' || j)::uuid, 1, case when kind = 'DELIVERY' then 'DELIVER' else 'DETAIN' end, 'NEW',
       'RUNNING', restricted_at - case when running then interval '0' else interval '30 days' end
         + interval '10 minutes', 'officer', 'Застигнут при совершении преступления', 0, repeat('d', 64)
from bench_clocks order by j;
insert into custody_clock_steps (clock_id, seq, type, from_status, to_status, at, actor, reasons,
    receipt, document_sha256)
select md5('c' || j)::uuid, 2, 'RELEASE', 'RUNNING', 'RELEASED', restricted_at - interval '30 days'
         + interval '20 hours', 'officer', 'Освобождён', 0, repeat('d', 64)
from bench_clocks where not running order by j;

insert into custody_clock_state (clock_id, unit, kind, status, running, minor, restricted_at,
    limit_key, limit_value, deadline, alert_at, alerted_at, overrun_at, recorded_by)
select md5('c' || j)::uuid, unit, kind, case when running then 'RUNNING' else 'RELEASED' end, running,
       false, t.restricted, 'investigations.custody.' || lower(kind), l.value, t.restricted + l.span,
       t.restricted + l.span * 0.75,
       case when running and t.restricted + l.span * 0.75 < now() then t.restricted + l.span * 0.75 end,
       null, 'officer'
from bench_clocks
cross join lateral (select restricted_at - case when running then interval '0' else interval '30 days' end
                    as restricted) t
cross join lateral (select case when kind = 'DELIVERY' then 'PT3H' else 'PT48H' end as value,
                           case when kind = 'DELIVERY' then interval '3 hours' else interval '48 hours' end as span) l
order by j;

vacuum analyze crime_reports;
vacuum analyze crime_report_events;
vacuum analyze crime_report_registrations;
vacuum analyze crime_report_status;
vacuum analyze prosecutor_receptions;
vacuum analyze custody_clocks;
vacuum analyze custody_clock_steps;
vacuum analyze custody_clock_state;
