-- N synthetic protocols (psql variable n) with their events, for bench/run-protocol-scan-benchmark.sh:
-- registered over the last year; 60 % paid, 15 % sent to enforcement, 10 % warnings in force,
-- 5 % fines in force (most overdue), 5 % decided in the last 15 days, 5 % registered.
insert into offence_protocols (id, number, unit, officer, offender_iin, article_code,
    catalogue_version, offence_time, place, fine_mci, fine_kzt, payment_reference, created_at,
    idempotency_key, document_sha256, signature_sha256, receipt)
select md5('p' || i)::uuid, lpad(i::text, 14, '0'), '710001', 'bench', '850315401231', '610-1', 1,
       now() - (i % 365) * interval '1 day', 'Almaty', 5, 21625, lpad(i::text, 15, '0'),
       now() - (i % 365) * interval '1 day', 'k' || i, repeat('a', 64), repeat('b', 64), 0
from generate_series(1, :n) i;

-- the kind of each protocol by i % 100, and the steps each kind went through
create temporary table bench_steps (kind text, seq int, type text, from_status text, to_status text, day_offset int);
insert into bench_steps values
  ('paid', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('paid', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('paid', 3, 'DECIDE_FINE', 'SERVED', 'DECIDED', 1), ('paid', 4, 'PAY_IN_FULL', 'DECIDED', 'PAID', 5),
  ('sent', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('sent', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('sent', 3, 'DECIDE_FINE', 'SERVED', 'DECIDED', 1), ('sent', 4, 'ENTER_INTO_FORCE', 'DECIDED', 'IN_FORCE', 12),
  ('sent', 5, 'SEND_TO_ENFORCEMENT', 'IN_FORCE', 'SENT_TO_ENFORCEMENT', 45),
  ('warning', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('warning', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('warning', 3, 'DECIDE_WARNING', 'SERVED', 'DECIDED', 1), ('warning', 4, 'ENTER_INTO_FORCE', 'DECIDED', 'IN_FORCE', 12),
  ('fine', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('fine', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('fine', 3, 'DECIDE_FINE', 'SERVED', 'DECIDED', 1), ('fine', 4, 'ENTER_INTO_FORCE', 'DECIDED', 'IN_FORCE', 12),
  ('decided', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('decided', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('decided', 3, 'DECIDE_FINE', 'SERVED', 'DECIDED', 1),
  ('registered', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0);

insert into offence_protocol_events (protocol_id, seq, type, from_status, to_status, at, actor,
    reasons, receipt)
select md5('p' || i)::uuid, s.seq, s.type, s.from_status, s.to_status,
       -- decided ones were decided in the last 15 days (a third past the 10-day appeal term)
       case when k.kind = 'decided' then now() - (i % 15) * interval '1 day'
            else now() - (i % 365) * interval '1 day' + s.day_offset * interval '1 day' end,
       'bench', '', 0
from generate_series(1, :n) i
cross join lateral (select case when i % 100 < 60 then 'paid' when i % 100 < 75 then 'sent'
    when i % 100 < 85 then 'warning' when i % 100 < 90 then 'fine'
    when i % 100 < 95 then 'decided' else 'registered' end as kind) k
join bench_steps s on s.kind = k.kind
order by i, s.seq;
analyze offence_protocols;
analyze offence_protocol_events;
analyze offence_protocol_status;
