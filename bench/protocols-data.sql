-- The data generator (docs/data-generator.md): :n offence protocols as ecase's registration and
-- later steps write them, over a database migrated by ecase, repeatable from :seed.
--   psql -v n=10000000 -v seed=16 -v ledger=1 -d ecase_search -f bench/protocols-data.sql
-- ledger=0 leaves the ledger entries out (the events keep the indexes their entries would have):
-- for search benchmarks within a disk budget (10 million protocols: ~20 GB without, ~33 GB with).
-- Per protocol: offence_protocols, offence_protocol_particulars (the person's name as the
-- population register gives it), its events (offence_protocol_events, 1 to 5 steps by its kind)
-- each with its ledger entry (ledger_entries, format 1 as EntryFormat writes it, the record's
-- "previous" index chained, leaf hashes and every complete node of the tree computed in SQL), the
-- projections the database keeps (offence_protocol_status, offence_protocol_names) and the register
-- counters; the SMS notice (sms_outbox, DELIVERED) for the protocols of the last 30 days only
-- (docs/data-generator.md: what is left out and why).
-- Every choice is a hash of (:seed, row, purpose) (hashtextextended), never random(): the same
-- :n and :seed give the same rows on any run and plan.
\set ON_ERROR_STOP on
\timing on
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set synchronous_commit = off;
-- the triggers that refuse changes and keep projections are bypassed while loading (the
-- projections are written here directly, in bulk); as the owner only
set session_replication_role = replica;

-- h(key, i): a deterministic non-negative bigint for row i and purpose key
select set_config('gen.seed', :'seed', false);
create function pg_temp.h(k text, i bigint) returns bigint language sql stable as
$$ select (hashtextextended(k || ':' || i, current_setting('gen.seed')::bigint) & 9223372036854775807) $$;

-- the Luhn check digit of a protocol number (ProtocolNumber#paymentReference)
create function pg_temp.luhn(digits text) returns int language plpgsql immutable as $$
declare
    s int := 0;
    d int;
    doubled boolean := true;
begin
    for k in reverse length(digits)..1 loop
        d := substr(digits, k, 1)::int;
        if doubled then d := d * 2; if d > 9 then d := d - 9; end if; end if;
        s := s + d;
        doubled := not doubled;
    end loop;
    return (10 - s % 10) % 10;
end $$;

-- The IIN of a birth date, sex and serial: YYMMDD, century-and-sex digit, 4 serial digits and the
-- check digit of kz.ecase.kernel.Iin (weights 1..11, then 3..11,1,2; 10 = never issued: the next
-- serial is taken).
create function pg_temp.iin(born date, male boolean, serial int) returns text
    language plpgsql immutable as $$
declare
    s int := serial;
    d text;
    c int;
begin
    loop
        d := to_char(born, 'YYMMDD')
            || ((case when extract(year from born) < 2000 then 3 else 5 end) + (case when male then 0 else 1 end))::text
            || lpad(s::text, 4, '0');
        c := 0;
        for k in 1..11 loop c := c + substr(d, k, 1)::int * k; end loop;
        c := c % 11;
        if c = 10 then
            c := 0;
            for k in 1..11 loop c := c + substr(d, k, 1)::int * (case when k <= 9 then k + 2 else k - 9 end); end loop;
            c := c % 11;
        end if;
        exit when c <> 10;
        s := s + 1;
    end loop;
    return d || c::text;
end $$;

-- Units: regions (ecase unit code, plate region code) with their district departments
create temporary table gen_regions (region text, plate_code text, districts int);
insert into gen_regions values
  ('71', '01', 6), ('75', '02', 8), ('79', '17', 5), ('11', '03', 8), ('15', '04', 6),
  ('19', '05', 9), ('23', '06', 4), ('27', '07', 6), ('31', '08', 6), ('35', '09', 9),
  ('39', '10', 7), ('43', '11', 5), ('47', '12', 4), ('51', '13', 8), ('55', '14', 6),
  ('59', '15', 6), ('63', '16', 7), ('62', '18', 4), ('33', '19', 4), ('36', '20', 2);
create temporary table gen_units as
select row_number() over (order by region, d) - 1 as k, region || lpad(d::text, 4, '0') as unit, plate_code
from gen_regions, generate_series(1, districts) d;
select count(*) as units from gen_units \gset

-- Names: Kazakh (three in four) and Russian, as the population register writes them
create temporary table gen_names (kind text, list text[]);
insert into gen_names values
  ('kk_last', array['Жұмабаев','Ахметов','Сейітов','Нұрланов','Оспанов','Исаев','Құдайбергенов','Тоқтаров',
    'Бекмұханов','Сәрсенбаев','Әбенов','Қасымов','Омаров','Мұқанов','Байжанов','Серікбаев','Төлеуов','Есенов',
    'Ержанов','Әлиев','Жақыпов','Смағұлов','Нұрпейісов','Абдрахманов','Жүнісов','Қайратов','Мұратов','Тұрсынов',
    'Бейсенов','Әбдірахманов','Ғабдуллин','Өтепов','Үсенов','Шәкенов','Байтұрсынов','Күзембаев','Рахымжанов',
    'Сұлтанов','Жаксылыков','Ермеков','Иманов','Дүйсенов','Қалиев','Садықов','Нұрмағамбетов','Ізбасаров',
    'Қонысбаев','Мырзахметов','Тілеубердиев','Жолдасбеков']),
  ('kk_men', array['Серік','Нұрлан','Ерлан','Асқар','Дәурен','Бауыржан','Айдос','Ержан','Қанат','Мұрат','Арман',
    'Ерболат','Талғат','Бекзат','Әлібек','Дархан','Ербол','Жандос','Ғалым','Нұржан','Санжар','Әділет','Ілияс',
    'Мақсат','Ғани','Өмірзақ','Берік','Қайрат','Жасұлан','Темірлан']),
  ('kk_women', array['Айгүл','Гүлнара','Әсем','Динара','Жанар','Айгерім','Салтанат','Мөлдір','Ақмарал','Сәуле',
    'Назерке','Аружан','Гүлмира','Жұлдыз','Ләззат','Мадина','Ботагөз','Дана','Інжу','Томирис','Қарлығаш','Ұлжан']),
  ('ru_last', array['Иванов','Петров','Смирнов','Кузнецов','Попов','Васильев','Соколов','Морозов','Новиков',
    'Фёдоров','Волков','Лебедев','Козлов','Степанов','Никитин','Павлов','Семёнов','Голубев','Виноградов',
    'Богданов','Воробьёв','Михайлов','Беляев','Тарасов','Белов']),
  ('ru_men', array['Александр','Сергей','Андрей','Дмитрий','Алексей','Николай','Владимир','Евгений','Игорь',
    'Павел','Михаил','Виктор','Олег','Юрий','Артём','Пётр']),
  ('ru_sons', array['Александрович','Сергеевич','Андреевич','Дмитриевич','Алексеевич','Николаевич','Владимирович',
    'Евгеньевич','Игоревич','Павлович','Михайлович','Викторович','Олегович','Юрьевич','Артёмович','Петрович']),
  ('ru_daughters', array['Александровна','Сергеевна','Андреевна','Дмитриевна','Алексеевна','Николаевна',
    'Владимировна','Евгеньевна','Игоревна','Павловна','Михайловна','Викторовна','Олеговна','Юрьевна',
    'Артёмовна','Петровна']),
  ('ru_women', array['Елена','Ольга','Наталья','Татьяна','Ирина','Анна','Светлана','Марина','Юлия','Екатерина',
    'Людмила','Галина','Вера','Дарья','Ксения','Алёна']);

-- Articles: code and fine in MCI (catalogue version 2), by how often police write them
create temporary table gen_articles (k int, code text, mci int);
insert into gen_articles
select row_number() over () - 1, code, mci from (values
  ('speeding-10-20', 5), ('speeding-10-20', 5), ('speeding-10-20', 5), ('speeding-20-40', 10),
  ('speeding-20-40', 10), ('speeding-40-60', 20), ('phone-while-driving', 5), ('red-light', 10),
  ('seat-belt', 5), ('seat-belt', 5), ('parking-rules', 5), ('parking-rules', 5),
  ('parking-on-sidewalk', 10), ('window-tinting', 5), ('no-technical-inspection', 5),
  ('no-documents-on-hand', 5), ('no-insurance-policy', 5), ('lights-and-horn', 3),
  ('give-way-to-pedestrians', 10), ('signs-and-markings', 3), ('pedestrian-rules', 2),
  ('drinking-in-public', 5), ('lane-position-overtaking', 15), ('petty-hooliganism', 20)) a(code, mci);
select count(*) as articles from gen_articles \gset

-- Persons: :n / 3 of them (so that many have several protocols), each with an IIN, a name and a car
create unlogged table gen_persons as
with base as (
    select p,
           date '1955-01-01' + (p % 18250)::int as born,
           pg_temp.h('sex', p) % 2 = 0 as male,
           pg_temp.h('kk', p) % 4 <> 0 as kazakh,
           pg_temp.h('last', p) as hl, pg_temp.h('first', p) as hf, pg_temp.h('father', p) as hp
    from generate_series(0, greatest(:n / 3, 10) - 1) p
)
select b.p,
       pg_temp.iin(b.born, b.male, ((b.p / 18250) * 3)::int) as iin,
       case when b.kazakh then
           (select list[1 + b.hl % array_length(list, 1)] from gen_names where kind = 'kk_last')
             || case when b.male then '' else 'а' end
           || ' ' || (select list[1 + b.hf % array_length(list, 1)] from gen_names
                      where kind = case when b.male then 'kk_men' else 'kk_women' end)
           || ' ' || (select list[1 + b.hp % array_length(list, 1)] from gen_names where kind = 'kk_men')
             || case when b.male then 'ұлы' else 'қызы' end
       else
           (select list[1 + b.hl % array_length(list, 1)] from gen_names where kind = 'ru_last')
             || case when b.male then '' else 'а' end
           || ' ' || (select list[1 + b.hf % array_length(list, 1)] from gen_names
                      where kind = case when b.male then 'ru_men' else 'ru_women' end)
           || ' ' || (select list[1 + b.hp % array_length(list, 1)] from gen_names
                      where kind = case when b.male then 'ru_sons' else 'ru_daughters' end)
       end as name,
       b.born,
       lpad((pg_temp.h('plate-digits', b.p) % 1000)::text, 3, '0')
         || chr(65 + (pg_temp.h('plate-1', b.p) % 26)::int) || chr(65 + (pg_temp.h('plate-2', b.p) % 26)::int)
         || chr(65 + (pg_temp.h('plate-3', b.p) % 26)::int) as car
from base b;
alter table gen_persons add primary key (p);
select count(*) as persons from gen_persons \gset

-- The protocols before numbering: who, where, when, what; kind = the steps they went through
--   paid (55 %): REGISTER, PAY_WITH_DISCOUNT; registered (20 %): REGISTER;
--   unpaid (12 %): REGISTER, SERVE, DECIDE_FINE, ENTER_INTO_FORCE, SEND_TO_ENFORCEMENT;
--   warning (8 %): REGISTER, SERVE, DECIDE_WARNING, ENTER_INTO_FORCE; cancelled (5 %): REGISTER, CANCEL
create unlogged table gen_protocols as
-- (the last seven weeks: not yet past any term, paid or not; older ones as their terms ran, so that
-- ecase's jobs find nothing of the past left to do)
select *, case when created_at > timestamptz '2026-10-15 00:00+05' and drawn_kind <> 'paid' then 'registered'
               else drawn_kind end as kind
from (select i,
       md5(:seed || '/p/' || i)::uuid as id,
       u.unit,
       u.plate_code,
       p.iin, p.name, p.born, p.car,
       pg_temp.h('plate?', i) % 10 as plate_kind,
       a.code as article, a.mci,
       'officer-' || u.unit || '-' || (pg_temp.h('officer', i) % 15)::text as officer,
       timestamptz '2022-01-01 06:00+05' + (pg_temp.h('day', i) % 1795) * interval '1 day'
         + (pg_temp.h('minute', i) % 1020) * interval '1 minute' as created_at,
       case when pg_temp.h('kind', i) % 100 < 55 then 'paid' when pg_temp.h('kind', i) % 100 < 75 then 'registered'
            when pg_temp.h('kind', i) % 100 < 87 then 'inforce' when pg_temp.h('kind', i) % 100 < 95 then 'warning'
            else 'cancelled' end as drawn_kind,
       case when pg_temp.h('lang', i) % 3 = 0 then 'ru' else 'kk' end as language
from generate_series(0, :n - 1) i
join gen_units u on u.k = pg_temp.h('unit', i) % :units
join gen_persons p on p.p = pg_temp.h('person', i) % :persons
join gen_articles a on a.k = pg_temp.h('article', i) % :articles) drawn;

-- Gap-free numbers per unit and year, in registration order (YY · unit · sequence)
create unlogged table gen_numbered as
select g.*,
       to_char(g.created_at at time zone 'Asia/Almaty', 'YY') || g.unit
         || lpad(row_number() over (partition by g.unit, extract(year from g.created_at at time zone 'Asia/Almaty')
                                    order by g.created_at, g.i)::text, 6, '0') as number
from gen_protocols g;
drop table gen_protocols;

-- The steps of each kind, with days after registration
create temporary table gen_steps (kind text, seq int, type text, from_status text, to_status text, days int);
insert into gen_steps values
  ('paid', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('paid', 2, 'PAY_WITH_DISCOUNT', 'REGISTERED', 'PAID', 3),
  ('registered', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0),
  ('inforce', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('inforce', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('inforce', 3, 'DECIDE_FINE', 'SERVED', 'DECIDED', 2), ('inforce', 4, 'ENTER_INTO_FORCE', 'DECIDED', 'IN_FORCE', 13),
  ('inforce', 5, 'SEND_TO_ENFORCEMENT', 'IN_FORCE', 'SENT_TO_ENFORCEMENT', 45),
  ('warning', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('warning', 2, 'SERVE', 'REGISTERED', 'SERVED', 0),
  ('warning', 3, 'DECIDE_WARNING', 'SERVED', 'DECIDED', 2), ('warning', 4, 'ENTER_INTO_FORCE', 'DECIDED', 'IN_FORCE', 13),
  ('cancelled', 1, 'REGISTER', 'DRAFT', 'REGISTERED', 0), ('cancelled', 2, 'CANCEL', 'REGISTERED', 'CANCELLED', 1);

-- Every event with its ledger index: after the entries already there, in time order
select coalesce(max(idx) + 1, 0) as first_idx from ledger_leaves \gset
create unlogged table gen_events as
select (:first_idx + row_number() over (order by g.created_at + s.days * interval '1 day', g.i, s.seq) - 1)::bigint as idx,
       g.i, g.id, g.number, g.unit, g.iin, g.officer, g.article, g.mci, g.created_at, g.kind,
       s.seq, s.type, s.from_status, s.to_status,
       g.created_at + s.days * interval '1 day' + (case when s.seq > 1 then interval '37 minutes' else interval '0' end) as at
from gen_numbered g join gen_steps s on s.kind = g.kind;
create index on gen_events (id, seq);

-- The tables' plain indexes (not those of keys and unique constraints) are dropped while loading
-- and built again afterwards, in bulk: several times faster than keeping them row by row.
create temporary table gen_indexes as
select i.indexname, i.indexdef from pg_indexes i
where i.schemaname = 'public'
  and i.tablename in ('offence_protocols', 'offence_protocol_events', 'offence_protocol_status',
                      'offence_protocol_names', 'ledger_entries')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select format('drop index %I', indexname) from gen_indexes \gexec

\echo protocols
insert into offence_protocols (id, number, unit, officer, offender_iin, article_code, catalogue_version,
    offence_time, place, plate, description, fine_mci, fine_kzt, discount_deadline, payment_reference,
    created_at, idempotency_key, document_sha256, signature_sha256, receipt)
select g.id, g.number, g.unit, g.officer, g.iin, g.article, 2,
       g.created_at - interval '20 minutes',
       'district ' || g.unit || ', street ' || (pg_temp.h('street', g.i) % 300)::text,
       case when g.plate_kind < 7 then g.car || g.plate_code
            when g.plate_kind < 8 then lpad((pg_temp.h('plate-digits', g.i) % 1000)::text, 3, '0')
               || chr(65 + (pg_temp.h('plate-1', g.i) % 26)::int) || chr(65 + (pg_temp.h('plate-2', g.i) % 26)::int)
               || chr(65 + (pg_temp.h('plate-3', g.i) % 26)::int) || g.plate_code
            end,
       null, g.mci,
       g.mci * (case extract(year from g.created_at) when 2022 then 3063 when 2023 then 3450
                  when 2024 then 3692 when 2025 then 3932 else 4325 end),
       (g.created_at at time zone 'Asia/Almaty')::date + 7,
       g.number || pg_temp.luhn(g.number)::text,
       g.created_at, g.id::text,
       encode(sha256(convert_to('pdf/' || g.id, 'UTF8')), 'hex'),
       encode(sha256(convert_to('p7s/' || g.id, 'UTF8')), 'hex'),
       e.idx
from gen_numbered g join gen_events e on e.id = g.id and e.seq = 1;

\echo particulars and names
insert into offence_protocol_particulars (protocol_id, language, offender_name, offender_birth_date,
    explanation, explanation_refused)
select id, language, name, born, null, false from gen_numbered;
-- (surname, first_name and rest are generated columns: the database splits the folded name as it
-- does for the trigger's rows)
insert into offence_protocol_names (protocol_id, unit, created_at, name)
select id, unit, created_at, ecase_fold_name(name) from gen_numbered;

\echo events
insert into offence_protocol_events (protocol_id, seq, type, from_status, to_status, at, actor, reasons, receipt)
select id, seq, type, from_status, to_status, at, case when seq = 1 then officer else 'system' end,
       case when type = 'CANCEL' then 'registered in error' else '' end, idx
from gen_events;

\echo status
insert into offence_protocol_status (protocol_id, status, since, seq, warning)
select distinct on (id) id, to_status, at, seq, kind = 'warning'
from gen_events order by id, seq desc;

\if :ledger
\echo ledger entries
-- EntryFormat: canonical JSON (keys sorted), "previous" = the record's previous entry's index
insert into ledger_entries (idx, record_key, unit, subject, entry, leaf_hash, pending_id)
select e.idx, 'protocol/' || e.id, e.unit, e.iin, x.entry, sha256('\x00'::bytea || x.entry), -1 - e.idx
from gen_events e
left join gen_events prev on prev.id = e.id and prev.seq = e.seq - 1
cross join lateral (select convert_to(
    '{"actor":"' || case when e.seq = 1 then e.officer else 'system' end
    || '","attachments":' || case when e.seq = 1 then
         '[{"name":"protocol-' || e.number || '.pdf","sha256":"' || encode(sha256(convert_to('pdf/' || e.id, 'UTF8')), 'hex')
         || '"},{"name":"protocol-' || e.number || '.p7s","sha256":"' || encode(sha256(convert_to('p7s/' || e.id, 'UTF8')), 'hex') || '"}]'
       else '[]' end
    || ',"format":1,"payload":' || case when e.seq = 1 then
         '{"article":"' || e.article || '","catalogueVersion":2,"fineMci":' || e.mci
         || ',"number":"' || e.number || '","status":"REGISTERED"}'
       else '{"from":"' || e.from_status || '","number":"' || e.number || '","seq":' || e.seq
         || ',"to":"' || e.to_status || '","transition":"' || e.type || '"}' end
    || ',"previous":' || coalesce(prev.idx::text, 'null')
    || ',"record":{"id":"' || e.id || '","type":"protocol"},"subject":"' || e.iin
    || '","time":"' || to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    || '","type":"' || case when e.seq = 1 then 'offences.ProtocolRegistered' else 'offences.ProtocolTransitioned' end
    || '","unit":"' || e.unit || '"}', 'UTF8') as entry) x;

-- the leaves (never partitioned nor detached): what proofs, records' chains and receipts read
insert into ledger_leaves (idx, record_key, leaf_hash, pending_id)
select idx, record_key, leaf_hash, pending_id from ledger_entries where idx >= :first_idx;

\echo ledger nodes
-- every complete subtree above the leaves that is not there yet: at each level, the pairs from the
-- first one the new leaves touch (the nodes already there hash the same: on conflict do nothing)
select set_config('gen.first_idx', :'first_idx', false);
insert into ledger_nodes (level, idx, hash)
select 1, l.idx / 2, sha256('\x01'::bytea || l.leaf_hash || r.leaf_hash)
from ledger_entries l join ledger_entries r on r.idx = l.idx + 1
where l.idx % 2 = 0 and l.idx >= (:first_idx / 2) * 2
on conflict do nothing;
do $$
declare
    lvl int := 1;
    first_new bigint := current_setting('gen.first_idx')::bigint / 2;
begin
    loop
        exit when not exists (select 1 from ledger_nodes where level = lvl and idx = 1);
        insert into ledger_nodes (level, idx, hash)
        select lvl + 1, l.idx / 2, sha256('\x01'::bytea || l.hash || r.hash)
        from ledger_nodes l join ledger_nodes r on r.level = lvl and r.idx = l.idx + 1
        where l.level = lvl and l.idx % 2 = 0 and l.idx >= (first_new / 2) * 2
        on conflict do nothing;
        first_new := first_new / 2;
        lvl := lvl + 1;
    end loop;
end $$;

\else
\echo ledger entries left out (ledger=0): the events carry the indexes their entries would have
\endif

\echo counters and SMS
insert into procedure_register_counters (register, unit, year, last_value)
select 'offences.protocol', unit, 2000 + substr(number, 1, 2)::int, max(substr(number, 9, 6)::bigint)
from gen_numbered group by 1, 2, 3
on conflict (register, unit, year) do update set last_value = greatest(procedure_register_counters.last_value, excluded.last_value);

insert into sms_outbox (id, created_at, recipient, recipient_iin, unit, purpose, text, client_ref, status,
    attempts, sent_at, reported_at)
select md5(:seed || '/sms/' || i)::uuid, created_at, null, iin, unit, 'SMS notice of protocol ' || number,
       'Protocol ' || number || ', article ' || article || ', fine ' || mci || ' MCI. Pay: ' || number,
       'protocol-' || number || '-notice', 'DELIVERED', 1, created_at + interval '5 seconds',
       created_at + interval '1 minute'
from gen_numbered where created_at >= timestamptz '2026-12-01 06:00+05' - interval '30 days';

\echo indexes
-- a partitioned table's index reads "ON ONLY" (the parent alone): built here on every partition
select replace(indexdef, ' ON ONLY ', ' ON ') from gen_indexes \gexec

drop table gen_events;
drop table gen_numbered;
drop table gen_persons;
set session_replication_role = origin;
analyze offence_protocols;
analyze offence_protocol_particulars;
analyze offence_protocol_events;
analyze offence_protocol_status;
-- vacuumed too: the name search reads offence_protocol_names_by_words by an index-only scan, which
-- needs the visibility map that a vacuum sets (autovacuum would, some time after the load)
vacuum (analyze) offence_protocol_names;
analyze ledger_entries;
analyze ledger_leaves;
analyze ledger_nodes;
