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
-- The crime reports the cases were opened from are not loaded (criminal_cases.report_id has no
-- foreign key, and neither the list nor the case page reads them). Documents of the 1M cases name
-- PDFs by made-up hashes; those of the 200-act case are stored in `documents`.
--
-- The projections (criminal_case_state, criminal_case_approvals_waiting) are kept by row triggers;
-- these are switched off during the load and the state is written in one statement with the
-- triggers' rules (the same result, minutes faster); nothing waits for approval. The triggers are
-- switched on again at the end.

\set ON_ERROR_STOP on

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

insert into criminal_case_participants (id, case_id, seq, role, iin, name, added_at, added_by)
select md5('p' || id || seq)::uuid, id, seq, role, case role when 'VICTIM' then '850315401231' else '791028302728' end,
       case role when 'VICTIM' then 'Серикова Әйгерім' else 'Исаев Бауыржан' end, at, actor
from bench_events where type = 'ADD_PARTICIPANT' order by i, seq;

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
