-- Synthetic data for bench/run-cases-benchmark.sh: N criminal cases (psql variable n) opened over
-- five years in 50 units of regions 71 and 75 (2 % in unit 710001), each in the hands of one of 20
-- investigators of its unit (in unit 710001 the demo `investigator` is one of them: ~1 000 cases,
-- ~60 running), with their steps, settings, participants, signed documents, approvers' decisions,
-- term marks and state projection; 18 000 complaints against the police naming cases; and one case
-- of the demo investigator with 200 acts (variable big_case: its id).
--
-- Cases by i % 1000, their steps (days after the opening) and what they leave:
--   0..59    running (INVESTIGATING): opened, a victim added and recognised; general form, opened
--            in the last 50 days (deadline 2 months on; past three quarters: its alert mark)
--   60..689  closed by the court: a suspect added and interrogated (admits), the indictment signed,
--            approved by the supervising prosecutor (SEND_TO_COURT), received, decided
--   690..709 in court (received, not decided)      710..719 sent to court, not received yet
--   720..919 terminated: the decision signed, approved by the prosecutor (TERMINATE)
--   920..959 joined into another case              960..999 order procedure, closed by the court
-- Nothing is due for the term sweep at the end of the load.
--
-- People: n / 2 persons (psql variable seed, default 14: every choice of a person is a hash of the
-- seed and the row, so the same n and seed give the same people), each with a valid IIN (born
-- 1955-2004, the check digit of kernel/Iin) and a name as the population register writes it, three
-- in four Kazakh (Kazakh letters, -ұлы/-қызы) and the others Russian. Each case's participant (its
-- suspect or victim) is one of them. Each case has its crime report (crime_reports: KUI number
-- YY·unit·sequence, gap-free per unit and year, received 3 hours before the case was opened; four in
-- five a citizen's statement by one of the persons, the others an officer's report), registered
-- with the case's ERDR number and confirmed by the duty prosecutor (its events, registration and
-- status projection). The search's projections (criminal_case_names, crime_report_names) are
-- written in bulk like the others. Documents of the 1M cases name PDFs by made-up hashes; those of
-- the 200-act case are stored in `documents`.
--
-- The projections (criminal_case_state, criminal_case_approvals_waiting) are kept by row triggers;
-- these are switched off during the load and the state is written in one statement with the
-- triggers' rules (the same result, minutes faster); nothing waits for approval. The triggers are
-- switched on again at the end.

\set ON_ERROR_STOP on
\if :{?seed}
\else
\set seed 14
\endif
select set_config('gen.seed', :'seed', false);
-- h(key, i): a deterministic non-negative bigint for row i and purpose key
create function pg_temp.h(k text, i bigint) returns bigint language sql stable as
$$ select (hashtextextended(k || ':' || i, current_setting('gen.seed')::bigint) & 9223372036854775807) $$;

-- The IIN of a birth date, sex and serial: YYMMDD, century-and-sex digit, 4 serial digits and the
-- check digit of kz.ecase.kernel.Iin (weights 1..11; when that gives 10, weights 3..11,1,2; 10 again:
-- never issued, the next serial is taken).
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

create temporary table bench_names (kind text, list text[]);
insert into bench_names values
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

-- the persons (p: 0 .. n/2 - 1), with an IIN and a name each
create temporary table bench_persons as
with base as (
    select p,
           date '1955-01-01' + (p % 18250)::int as born,
           pg_temp.h('sex', p) % 2 = 0 as male,
           pg_temp.h('kk', p) % 4 <> 0 as kazakh,
           pg_temp.h('last', p) as hl, pg_temp.h('first', p) as hf, pg_temp.h('father', p) as hp
    from generate_series(0, greatest(:n / 2, 10) - 1) p
)
select b.p,
       pg_temp.iin(b.born, b.male, ((b.p / 18250) * 3)::int) as iin,
       case when b.kazakh then
           (select list[1 + b.hl % array_length(list, 1)] from bench_names where kind = 'kk_last')
             || case when b.male then '' else 'а' end
           || ' ' || (select list[1 + b.hf % array_length(list, 1)] from bench_names
                      where kind = case when b.male then 'kk_men' else 'kk_women' end)
           || ' ' || (select list[1 + b.hp % array_length(list, 1)] from bench_names where kind = 'kk_men')
             || case when b.male then 'ұлы' else 'қызы' end
       else
           (select list[1 + b.hl % array_length(list, 1)] from bench_names where kind = 'ru_last')
             || case when b.male then '' else 'а' end
           || ' ' || (select list[1 + b.hf % array_length(list, 1)] from bench_names
                      where kind = case when b.male then 'ru_men' else 'ru_women' end)
           || ' ' || (select list[1 + b.hp % array_length(list, 1)] from bench_names
                      where kind = case when b.male then 'ru_sons' else 'ru_daughters' end)
       end as name
from base b;
alter table bench_persons add primary key (p);
select count(*) as persons from bench_persons \gset

create temporary table bench_units as
select u, (case when u < 25 then '7100' || lpad((u + 1)::text, 2, '0')
                else '7500' || lpad((u - 24)::text, 2, '0') end)::varchar(6) as unit
from generate_series(0, 49) u;

create temporary table bench_articles (a int, code varchar(20), gravity varchar(20));
insert into bench_articles values
  (0, '188-1', 'SMALL'), (1, '188-2', 'MEDIUM'), (2, '190-2', 'MEDIUM'), (3, '293-1', 'MEDIUM'),
  (4, '200-1', 'SMALL'), (5, '106-1', 'GRAVE');

create temporary table bench_kinds (lo int, hi int, kind text, form text, term interval);
insert into bench_kinds values
  (0, 59, 'running', 'GENERAL', '2 months'), (60, 689, 'closed', 'GENERAL', '2 months'),
  (690, 709, 'in-court', 'GENERAL', '2 months'), (710, 719, 'sent', 'GENERAL', '2 months'),
  (720, 919, 'terminated', 'GENERAL', '2 months'), (920, 959, 'joined', 'GENERAL', '2 months'),
  (960, 999, 'order', 'ORDER_PROCEDURE', '5 days');

-- the steps of each kind: the actor (investigator, approver, court), the document signed (its
-- approver, whether the step is the approver's decision on the previous document), the participant
-- concerned (added by ADD_PARTICIPANT, or the document's)
create temporary table bench_steps (kind text, seq int, type text, from_status text, to_status text,
                                    hours int, actor text, doc_kind text, approver text,
                                    decides boolean, role text);
insert into bench_steps
select k, s.seq, s.type, s.from_status, s.to_status, s.hours, s.actor, s.doc_kind, s.approver,
       s.decides, s.role
from (values ('closed'), ('in-court'), ('sent'), ('order')) ks (k)
cross join (values
  (1, 'OPEN', 'REGISTERED', 'INVESTIGATING', 0, 'investigator', null, null, false, null),
  (2, 'ADD_PARTICIPANT', 'INVESTIGATING', 'INVESTIGATING', 2, 'investigator', null, null, false, 'SUSPECT'),
  (3, 'SIGN_DOCUMENT', 'INVESTIGATING', 'INVESTIGATING', 4, 'investigator', 'INTERROGATION_PROTOCOL', null, false, 'SUSPECT'),
  (4, 'SIGN_DOCUMENT', 'INVESTIGATING', 'INVESTIGATING', 72, 'investigator', 'TO_COURT', 'TO_COURT', false, null),
  (5, 'SEND_TO_COURT', 'INVESTIGATING', 'SENT_TO_COURT', 96, 'approver', null, null, true, null),
  (6, 'COURT_RECEIVED', 'SENT_TO_COURT', 'IN_COURT', 120, 'court', null, null, false, null),
  (7, 'COURT_DECIDED', 'IN_COURT', 'CLOSED', 720, 'court', null, null, false, null))
  s (seq, type, from_status, to_status, hours, actor, doc_kind, approver, decides, role)
where s.seq <= case k when 'sent' then 5 when 'in-court' then 6 else 7 end
union all
select * from (values
  ('running', 1, 'OPEN', 'REGISTERED', 'INVESTIGATING', 0, 'investigator', null, null, false, null),
  ('running', 2, 'ADD_PARTICIPANT', 'INVESTIGATING', 'INVESTIGATING', 2, 'investigator', null, null, false, 'VICTIM'),
  ('running', 3, 'SIGN_DOCUMENT', 'INVESTIGATING', 'INVESTIGATING', 3, 'investigator', 'RECOGNISE_VICTIM', null, false, 'VICTIM'),
  ('terminated', 1, 'OPEN', 'REGISTERED', 'INVESTIGATING', 0, 'investigator', null, null, false, null),
  ('terminated', 2, 'SIGN_DOCUMENT', 'INVESTIGATING', 'INVESTIGATING', 480, 'investigator', 'TERMINATE_DECISION', 'SUPERVISING_PROSECUTOR', false, null),
  ('terminated', 3, 'TERMINATE', 'INVESTIGATING', 'TERMINATED', 500, 'approver', null, null, true, null),
  ('joined', 1, 'OPEN', 'REGISTERED', 'INVESTIGATING', 0, 'investigator', null, null, false, null),
  ('joined', 2, 'JOIN_INTO', 'INVESTIGATING', 'JOINED', 240, 'investigator', null, null, false, null))
  s (kind, seq, type, from_status, to_status, hours, actor, doc_kind, approver, decides, role);

-- i, its unit (blocks of 1 000, so that every unit has every kind), investigator (i % 20: each has
-- 3 running cases in each block of their unit), kind, article and when it was opened: running cases
-- in the last 50 days, the rest over five years (those still in court in the last three months)
create temporary table bench_cases as
select i, md5('case' || i)::uuid as id, b.unit,
       case when b.unit = '710001' and i % 20 = 0 then 'investigator'
            else 'inv-' || b.unit || '-' || lpad((i % 20)::text, 2, '0') end as investigator,
       k.kind, k.form, k.term, a.code as article, a.gravity,
       date_trunc('second', case
         when k.kind = 'running' then now() - interval '4 hours' - (i % 50) * interval '1 day' - (i % 1439) * interval '1 minute'
         when k.kind in ('in-court', 'sent') then now() - interval '10 days' - (i % 80) * interval '1 day'
         else now() - interval '60 days' - (i % 1766) * interval '1 day' - (i % 1439) * interval '1 minute'
       end) as opened_at
from generate_series(1, :n) i
join bench_units b on b.u = (i / 1000) % 50
join bench_kinds k on i % 1000 between k.lo and k.hi
join bench_articles a on a.a = (i / 7) % 6;
create index on bench_cases (i);
analyze bench_cases;

alter table criminal_cases disable trigger criminal_cases_project_state;
alter table criminal_case_events disable trigger criminal_case_events_project_state;
alter table criminal_case_settings disable trigger criminal_case_settings_project_state;
alter table criminal_case_term_marks disable trigger criminal_case_term_marks_project_state;
alter table criminal_case_documents disable trigger criminal_case_documents_project_waiting;
alter table criminal_case_document_decisions disable trigger criminal_case_document_decisions_project_waiting;

insert into criminal_cases (id, erdr_number, report_id, unit, opened_at, opened_by)
select id, lpad(i::text, 15, '0'), md5('r' || i)::uuid, unit, opened_at, investigator
from bench_cases order by i;

insert into criminal_case_settings (case_id, seq, investigator, language, article_code, gravity, form,
    deadline, alert_at)
select id, 1, investigator, case when i % 10 = 0 then 'KK' else 'RU' end, article, gravity, form,
       opened_at + term, opened_at + (opened_at + term - opened_at) * 0.75
from bench_cases order by i;

-- the steps, with who took them and when (the approver: the law's for the document; the court)
create temporary table bench_events as
select c.i, c.id, s.seq, s.type, s.from_status, s.to_status, s.doc_kind, s.decides, s.role,
       least(c.opened_at + s.hours * interval '1 hour', now() - (c.i % 7 + 1) * interval '1 minute') as at,
       case s.actor when 'investigator' then c.investigator when 'court' then 'court'
            when 'approver' then case when c.kind = 'order' then 'duty-' || c.unit
                                      else 'supervisor-' || left(c.unit, 2) end end as actor,
       case when s.doc_kind = 'TO_COURT' then case when c.kind = 'order' then 'ORDER_PROTOCOL' else 'INDICTMENT' end
            else s.doc_kind end as document,
       case when s.approver = 'TO_COURT' then case when c.kind = 'order' then 'DUTY_PROSECUTOR' else 'SUPERVISING_PROSECUTOR' end
            else s.approver end as approver
from bench_cases c join bench_steps s on s.kind = c.kind;

insert into criminal_case_events (case_id, seq, type, from_status, to_status, at, actor, reasons,
    receipt, document_sha256)
select id, seq, type, from_status, to_status, at, actor,
       case when type in ('TERMINATE', 'SEND_TO_COURT') then 'Согласовано' else '' end, 0,
       case when document is not null then encode(sha256(convert_to('d' || id || seq, 'UTF8')), 'hex') end
from bench_events order by i, seq;

alter table criminal_case_participants disable trigger criminal_case_participants_project_name;
insert into criminal_case_participants (id, case_id, seq, role, iin, name, added_at, added_by)
select md5('p' || e.id || e.seq)::uuid, e.id, e.seq, e.role, p.iin, p.name, e.at, e.actor
from bench_events e join bench_persons p on p.p = pg_temp.h('participant', e.i) % :persons
where e.type = 'ADD_PARTICIPANT' order by e.i, e.seq;

insert into criminal_case_documents (id, case_id, seq, kind, version, replaces, participant_id,
    article_code, form, period, admits, text, language, author, signed_at, sha256, signature_sha256,
    approver_role)
select md5('d' || e.id || e.seq)::uuid, e.id, e.seq, e.document, 1, null,
       case when e.role is not null then md5('p' || e.id || 2)::uuid end, null, null, null,
       e.document = 'INTERROGATION_PROTOCOL',
       'Документ № ' || e.seq || ' по делу ' || e.i || ': установлено, что ' || repeat('обстоятельства дела; ', 20),
       'RU', e.actor, e.at, encode(sha256(convert_to('d' || e.id || e.seq, 'UTF8')), 'hex'), repeat('e', 64),
       e.approver
from bench_events e where e.document is not null order by e.i, e.seq;

insert into criminal_case_document_decisions (document_id, case_id, seq, decision, decided_by,
    decided_at, remarks, signature_sha256)
select md5('d' || e.id || (e.seq - 1))::uuid, e.id, e.seq, 'APPROVED', e.actor, e.at, 'Согласовано',
       repeat('f', 64)
from bench_events e where e.decides order by e.i, e.seq;

-- running cases past three quarters of their term: the sweep's alert mark
insert into criminal_case_term_marks (case_id, deadline, stage, at)
select id, opened_at + term, 'ALERTED', opened_at + (opened_at + term - opened_at) * 0.75 + interval '1 minute'
from bench_cases
where kind = 'running' and opened_at + (opened_at + term - opened_at) * 0.75 + interval '1 minute' < now()
order by i;

-- complaints against the police naming 2 % of the cases (not the running ones), each rejected
insert into police_complaints (id, number, unit, erdr_number, document_id, complainant_iin, filed_by,
    filed_by_role, filed_at, text, deadline, receipt)
select md5('k' || c.i)::uuid, 'Ж-' || lpad(c.i::text, 10, '0'), c.unit, lpad(c.i::text, 15, '0'), null,
       '850315401231', 'citizen', 'CITIZEN', c.opened_at + interval '5 days',
       'Жалоба на бездействие следователя', c.opened_at + interval '8 days', 0
from bench_cases c where c.i % 50 = 7 and c.kind <> 'running' order by c.i;
insert into police_complaint_decisions (complaint_id, decision, reasons, decided_by, decided_at,
    document_sha256, signature_sha256, receipt)
select md5('k' || c.i)::uuid, 'REJECTED', 'Доводы проверены', 'supervisor', c.opened_at + interval '7 days',
       repeat('a', 64), repeat('b', 64), 0
from bench_cases c where c.i % 50 = 7 and c.kind <> 'running' order by c.i;

-- The demo investigator's case with 200 acts: opened 70 days ago (general form), 10 participants
-- (victim, suspect, defence lawyer, 7 witnesses), the victim recognised, the suspect's qualification
-- and two extensions of the term approved by the supervising prosecutor, the lawyer admitted, a
-- motion filed and answered, 10 summonses, 9 interrogations (each with its audio), 160 inspection
-- protocols (every tenth with a photo): 200 steps, 185 documents stored as PDFs, 3 decisions.
create temporary table bench_big (k int, type text, actor text, doc_kind text, approver text,
                                  participant int, role text, period text);
insert into bench_big
select k,
       case when k = 1 then 'OPEN'
            when k in (2, 4, 7) or k between 9 and 15 then 'ADD_PARTICIPANT'
            when k in (6, 36, 38) then 'APPROVE_DOCUMENT'
            when k = 39 then 'FILE_MOTION'
            else 'SIGN_DOCUMENT' end,
       case when k in (6, 36, 38) then 'supervisor' when k = 39 then 'lawyer' else 'investigator' end,
       case when k = 3 then 'RECOGNISE_VICTIM' when k = 5 then 'QUALIFY_SUSPECT'
            when k = 8 then 'ADMIT_DEFENCE' when k between 16 and 25 then 'SUMMONS'
            when k between 26 and 34 then 'INTERROGATION_PROTOCOL'
            when k in (35, 37) then 'EXTEND_TERM' when k = 40 then 'MOTION_DECISION'
            when k > 40 then 'INSPECTION_PROTOCOL' end,
       case when k in (5, 35, 37) then 'SUPERVISING_PROSECUTOR' end,
       case when k in (2, 3) then 1 when k in (4, 5) then 2 when k in (7, 8) then 3
            when k between 9 and 15 then k - 5
            when k between 16 and 25 then case when k - 15 = 3 then 1 else k - 15 end
            when k between 26 and 34 then case when k = 26 then 1 when k = 27 then 2 else k - 24 end end,
       case when k = 2 then 'VICTIM' when k = 4 then 'SUSPECT' when k = 7 then 'DEFENCE_LAWYER'
            when k between 9 and 15 then 'WITNESS' end,
       case when k in (35, 37) then 'P1M' end
from generate_series(1, 200) k;

create temporary table bench_big_case as
select :'big_case'::uuid as id, date_trunc('second', now() - interval '70 days') as opened_at;

insert into criminal_cases (id, erdr_number, report_id, unit, opened_at, opened_by)
select id, '261710001000200', md5('big-report')::uuid, '710001', opened_at, 'investigator'
from bench_big_case;

insert into criminal_case_events (case_id, seq, type, from_status, to_status, at, actor, reasons,
    receipt, document_sha256)
select c.id, b.k, b.type, case when b.k = 1 then 'REGISTERED' else 'INVESTIGATING' end, 'INVESTIGATING',
       c.opened_at + b.k * interval '8 hours', b.actor,
       case when b.type = 'APPROVE_DOCUMENT' then 'Согласовано' else '' end, 0, null
from bench_big_case c cross join bench_big b order by b.k;

insert into criminal_case_participants (id, case_id, seq, role, iin, name, added_at, added_by)
select md5('big-p' || b.participant)::uuid, c.id, b.k, b.role,
       (array['850315401231', '791028302728', '870412300406', '900101300011', '900202300022',
              '900303300033', '900404300044', '900505300055', '900606300066', '900707300077'])[b.participant],
       (array['Серикова Әйгерім', 'Исаев Бауыржан', 'Искаков Марат', 'Ахметов Нурлан',
              'Ким Ольга', 'Петров Иван', 'Жумабаева Динара', 'Сапаров Ерлан', 'Омарова Айгуль',
              'Касымов Арман'])[b.participant],
       c.opened_at + b.k * interval '8 hours', 'investigator'
from bench_big_case c cross join bench_big b where b.type = 'ADD_PARTICIPANT' order by b.k;

insert into criminal_case_motions (id, case_id, seq, filed_by, filed_at, text, deadline)
select md5('big-motion')::uuid, c.id, 39, 'lawyer', c.opened_at + 39 * interval '8 hours',
       'Прошу провести очную ставку', c.opened_at + 39 * interval '8 hours' + interval '3 days'
from bench_big_case c;

-- the PDFs of its documents (a 20 kB stand-in each), by their SHA-256
create temporary table bench_big_pdf as
select b.k, convert_to('%PDF-1.4 ecase bench act ' || b.k || ' ' || repeat('x', 20000), 'UTF8') as bytes
from bench_big b where b.doc_kind is not null;
insert into documents (sha256, media_type, bytes, unit, subject)
select encode(sha256(bytes), 'hex'), 'application/pdf', bytes, '710001', null from bench_big_pdf;

insert into criminal_case_documents (id, case_id, seq, kind, version, replaces, participant_id,
    article_code, form, period, admits, text, language, author, signed_at, sha256, signature_sha256,
    approver_role, answers, granted, appear_at, place)
select md5('big-d' || b.k)::uuid, c.id, b.k, b.doc_kind, 1, null,
       case when b.participant is not null then md5('big-p' || b.participant)::uuid end,
       case when b.doc_kind = 'QUALIFY_SUSPECT' then '188-2' end, null, b.period,
       b.k = 27, 'Акт № ' || b.k || ': ' || repeat('установлено следующее; ', 40), 'RU', b.actor,
       c.opened_at + b.k * interval '8 hours', encode(sha256(p.bytes), 'hex'), repeat('e', 64), b.approver,
       case when b.doc_kind = 'MOTION_DECISION' then md5('big-motion')::uuid end,
       case when b.doc_kind = 'MOTION_DECISION' then true end,
       case when b.doc_kind = 'SUMMONS' then c.opened_at + b.k * interval '8 hours' + interval '2 days' end,
       case when b.doc_kind = 'SUMMONS' then 'г. Алматы, ул. Абая, 1, каб. 210' end
from bench_big_case c cross join bench_big b join bench_big_pdf p on p.k = b.k
order by b.k;

update criminal_case_events e set document_sha256 = d.sha256
  from criminal_case_documents d
 where e.case_id = :'big_case'::uuid and d.case_id = e.case_id and d.seq = e.seq;

insert into criminal_case_document_media (document_id, name, sha256, media_type)
select md5('big-d' || b.k)::uuid,
       case when b.doc_kind = 'INTERROGATION_PROTOCOL' then 'допрос-' || b.k || '.mp3' else 'фото-' || b.k || '.jpg' end,
       encode(sha256(convert_to('media' || b.k, 'UTF8')), 'hex'),
       case when b.doc_kind = 'INTERROGATION_PROTOCOL' then 'audio/mpeg' else 'image/jpeg' end
from bench_big b
where b.doc_kind = 'INTERROGATION_PROTOCOL' or (b.doc_kind = 'INSPECTION_PROTOCOL' and b.k % 10 = 0);

insert into criminal_case_document_decisions (document_id, case_id, seq, decision, decided_by,
    decided_at, remarks, signature_sha256)
select md5('big-d' || (b.k - 1))::uuid, c.id, b.k, 'APPROVED', b.actor, c.opened_at + b.k * interval '8 hours',
       'Согласовано', repeat('f', 64)
from bench_big_case c cross join bench_big b where b.type = 'APPROVE_DOCUMENT';

-- its settings: as opened (two months), after the qualification (seq 6) and each extension (36, 38)
insert into criminal_case_settings (case_id, seq, investigator, language, article_code, gravity, form,
    deadline, alert_at)
select c.id, s.seq, 'investigator', 'RU', s.article, s.gravity, 'GENERAL', c.opened_at + s.term,
       c.opened_at + s.term * 0.75
from bench_big_case c cross join (values (1, '188-1', 'SMALL', interval '2 months'),
    (6, '188-2', 'MEDIUM', interval '2 months'), (36, '188-2', 'MEDIUM', interval '3 months'),
    (38, '188-2', 'MEDIUM', interval '4 months')) s (seq, article, gravity, term);

-- each case's crime report: received 3 hours before the case was opened, registered with its ERDR
-- number as it was opened, the registration confirmed by the duty prosecutor 2 hours later; four in
-- five a person's statement, the others an officer's report (no reporter)
alter table crime_reports disable trigger crime_reports_project_status;
alter table crime_reports disable trigger crime_reports_project_name;
alter table crime_report_events disable trigger crime_report_events_project_status;
alter table crime_report_registrations disable trigger crime_report_registrations_project_status;

create temporary table bench_reports as
select c.i, md5('r' || c.i)::uuid as id, c.unit, c.investigator, c.article, c.gravity, c.form,
       c.opened_at, c.opened_at - interval '3 hours' as received_at, lpad(c.i::text, 15, '0') as erdr,
       to_char((c.opened_at - interval '3 hours') at time zone 'Asia/Almaty', 'YY') || c.unit
         || lpad((row_number() over (partition by c.unit, to_char((c.opened_at - interval '3 hours') at time zone 'Asia/Almaty', 'YY')
                                     order by c.opened_at, c.i))::text, 6, '0') as kui,
       case when pg_temp.h('officer-report', c.i) % 5 = 0 then null
            else pg_temp.h('reporter', c.i) % :persons end as reporter
from bench_cases c;

insert into crime_reports (id, kui_number, unit, source, reporter_iin, reporter_bin, reporter_name, description,
    place, occurred_at, received_at, received_by, registration_deadline, idempotency_key, document_sha256,
    signature_sha256, receipt)
select r.id, r.kui, r.unit, case when r.reporter is null then 'OFFICER_REPORT' else 'CITIZEN_STATEMENT' end,
       p.iin, null, p.name, 'Сообщение о преступлении № ' || r.i || ': ' || repeat('обстоятельства; ', 5),
       'г. Алматы, ул. Абая, ' || (r.i % 200 + 1), r.received_at - interval '1 day', r.received_at, r.investigator,
       r.received_at + interval '24 hours', 'bench-' || r.i,
       encode(sha256(convert_to('report' || r.i, 'UTF8')), 'hex'), repeat('c', 64), 0
from bench_reports r left join bench_persons p on p.p = r.reporter order by r.i;

insert into crime_report_events (report_id, seq, type, from_status, to_status, at, actor, reasons, receipt,
    document_sha256)
select r.id, s.seq, s.type, s.from_status, s.to_status, r.opened_at + s.after, 
       case when s.seq = 1 then r.investigator else 'duty-' || r.unit end, '', 0, null
from bench_reports r cross join (values
  (1, 'REGISTER', 'RECEIVED', 'REGISTERED', interval '0'),
  (2, 'CONFIRM_REGISTRATION', 'REGISTERED', 'REGISTRATION_CONFIRMED', interval '2 hours')) s (seq, type, from_status, to_status, after)
order by r.i, s.seq;

insert into crime_report_registrations (report_id, seq, erdr_number, article_code, gravity, form, at)
select id, 1, erdr, article, gravity, form, opened_at from bench_reports order by i;

insert into crime_report_status (report_id, unit, status, since, seq, registration_deadline, check_since,
    term_missed, erdr_number, article_code, gravity, received_at)
select id, unit, 'REGISTRATION_CONFIRMED', opened_at + interval '2 hours', 2, received_at + interval '24 hours',
       null, false, erdr, article, gravity, received_at
from bench_reports order by i;

insert into procedure_register_counters (register, unit, year, last_value)
select 'investigations.kui', unit, 2000 + left(kui, 2)::int, max(right(kui, 6)::bigint)
from bench_reports group by 1, 2, 3
on conflict (register, unit, year) do update
  set last_value = greatest(procedure_register_counters.last_value, excluded.last_value);

-- the search's projections (migrations V2026_12_08_1810, 1810.1), as their triggers write them
insert into crime_report_names (report_id, unit, received_at, name)
select id, unit, received_at, ecase_fold_name(reporter_name) from crime_reports
where reporter_name is not null and idempotency_key like 'bench-%';
insert into criminal_case_names (participant_id, case_id, unit, opened_at, name)
select p.id, c.id, c.unit, c.opened_at, ecase_fold_name(p.name)
from criminal_case_participants p join criminal_cases c on c.id = p.case_id
where not exists (select 1 from criminal_case_names n where n.participant_id = p.id);

alter table crime_reports enable trigger crime_reports_project_status;
alter table crime_reports enable trigger crime_reports_project_name;
alter table crime_report_events enable trigger crime_report_events_project_status;
alter table crime_report_registrations enable trigger crime_report_registrations_project_status;

-- the state projection as the triggers would have left it: the latest step's status, the latest
-- settings, the term marks of the deadline in force
insert into criminal_case_state (case_id, erdr_number, unit, status, since, seq, investigator, language,
    article_code, gravity, form, opened_at, deadline, alert_at, alerted_for, expired_for)
select c.id, c.erdr_number, c.unit, e.to_status, e.at, e.seq, s.investigator, s.language, s.article_code,
       s.gravity, s.form, c.opened_at, s.deadline, s.alert_at,
       (select max(m.deadline) from criminal_case_term_marks m where m.case_id = c.id and m.stage = 'ALERTED'),
       (select max(m.deadline) from criminal_case_term_marks m where m.case_id = c.id and m.stage = 'EXPIRED')
from criminal_cases c
join (select distinct on (case_id) case_id, to_status, at, seq
        from criminal_case_events order by case_id, seq desc) e on e.case_id = c.id
join (select distinct on (case_id) case_id, investigator, language, article_code, gravity, form,
             deadline, alert_at
        from criminal_case_settings order by case_id, seq desc) s on s.case_id = c.id;

alter table criminal_cases enable trigger criminal_cases_project_state;
alter table criminal_case_events enable trigger criminal_case_events_project_state;
alter table criminal_case_settings enable trigger criminal_case_settings_project_state;
alter table criminal_case_term_marks enable trigger criminal_case_term_marks_project_state;
alter table criminal_case_documents enable trigger criminal_case_documents_project_waiting;
alter table criminal_case_document_decisions enable trigger criminal_case_document_decisions_project_waiting;
alter table criminal_case_participants enable trigger criminal_case_participants_project_name;

vacuum analyze criminal_cases;
vacuum analyze criminal_case_events;
vacuum analyze criminal_case_settings;
vacuum analyze criminal_case_participants;
vacuum analyze criminal_case_documents;
vacuum analyze criminal_case_document_media;
vacuum analyze criminal_case_document_decisions;
vacuum analyze criminal_case_term_marks;
vacuum analyze criminal_case_state;
vacuum analyze criminal_case_motions;
vacuum analyze police_complaints;
vacuum analyze police_complaint_decisions;
vacuum analyze documents;
vacuum analyze criminal_case_names;
vacuum analyze crime_reports;
vacuum analyze crime_report_events;
vacuum analyze crime_report_registrations;
vacuum analyze crime_report_status;
vacuum analyze crime_report_names;
