-- Criminal cases: the pre-trial investigation an ERDR registration starts. Insert-only facts: the
-- case as opened, the journal of its steps, a snapshot of its settings after each step that
-- changes them (investigator, language, qualification, form, term), its participants, its
-- documents with their media and the approvers' decisions, and the term sweep's marks. The
-- application may not update or delete any of them; the database keeps the projection lists read.
create table criminal_cases (
    id          uuid        primary key,
    erdr_number char(15)    not null unique,
    report_id   uuid        not null unique,
    unit        varchar(6)  not null,
    opened_at   timestamptz not null,
    opened_by   varchar(64) not null
);
grant select, insert on criminal_cases to ${app_role};

create table criminal_case_events (
    case_id         uuid          not null references criminal_cases (id),
    seq             integer       not null,
    type            varchar(40)   not null,
    from_status     varchar(40)   not null,
    to_status       varchar(40)   not null,
    at              timestamptz   not null,
    actor           varchar(200)  not null,
    reasons         varchar(4000) not null,
    receipt         bigint        not null,
    document_sha256 char(64),
    primary key (case_id, seq)
);
grant select, insert on criminal_case_events to ${app_role};

-- The case's settings as a step left them (seq: the step's), the latest in force.
create table criminal_case_settings (
    case_id      uuid        not null references criminal_cases (id),
    seq          integer     not null,
    investigator varchar(64),
    language     varchar(2)  not null check (language in ('KK', 'RU')),
    article_code varchar(20) not null,
    gravity      varchar(20) not null,
    form         varchar(20) not null,
    deadline     timestamptz not null,
    alert_at     timestamptz not null,
    primary key (case_id, seq)
);
grant select, insert on criminal_case_settings to ${app_role};

create table criminal_case_participants (
    id       uuid         primary key,
    case_id  uuid         not null references criminal_cases (id),
    seq      integer      not null,
    role     varchar(24)  not null check (role in ('SUSPECT', 'VICTIM', 'WITNESS', 'DEFENCE_LAWYER',
                              'INTERPRETER', 'LEGAL_REPRESENTATIVE')),
    iin      char(12)     not null,
    name     varchar(300) not null,
    added_at timestamptz  not null,
    added_by varchar(64)  not null,
    unique (case_id, role, iin)
);
create index criminal_case_participants_by_iin on criminal_case_participants (iin);
grant select, insert on criminal_case_participants to ${app_role};

create table criminal_case_documents (
    id               uuid           primary key,
    case_id          uuid           not null references criminal_cases (id),
    seq              integer        not null,
    kind             varchar(32)    not null,
    version          integer        not null,
    replaces         uuid           references criminal_case_documents (id),
    participant_id   uuid           references criminal_case_participants (id),
    article_code     varchar(20),
    form             varchar(20),
    period           varchar(20),
    admits           boolean        not null,
    text             varchar(20000) not null,
    language         varchar(2)     not null,
    author           varchar(64)    not null,
    signed_at        timestamptz    not null,
    sha256           char(64)       not null,
    signature_sha256 char(64)       not null,
    approver_role    varchar(32),
    unique (replaces)
);
create index criminal_case_documents_by_case on criminal_case_documents (case_id, seq);
grant select, insert on criminal_case_documents to ${app_role};

create table criminal_case_document_media (
    document_id uuid         not null references criminal_case_documents (id),
    name        varchar(200) not null,
    sha256      char(64)     not null,
    media_type  varchar(100) not null,
    primary key (document_id, name)
);
grant select, insert on criminal_case_document_media to ${app_role};

-- An approver's decision on a document: at most one each.
create table criminal_case_document_decisions (
    document_id      uuid          primary key references criminal_case_documents (id),
    case_id          uuid          not null references criminal_cases (id),
    seq              integer       not null,
    decision         varchar(10)   not null check (decision in ('APPROVED', 'RETURNED')),
    decided_by       varchar(64)   not null,
    decided_at       timestamptz   not null,
    remarks          varchar(4000) not null,
    signature_sha256 char(64)
);
grant select, insert on criminal_case_document_decisions to ${app_role};

-- Documents waiting for their approver, kept by the database (a projection: the queue reads it).
create table criminal_case_approvals_waiting (
    document_id   uuid        primary key,
    case_id       uuid        not null,
    unit          varchar(6)  not null,
    approver_role varchar(32) not null,
    since         timestamptz not null
);
create index criminal_case_approvals_by_role on criminal_case_approvals_waiting (approver_role, unit, since);
grant select on criminal_case_approvals_waiting to ${app_role};

-- The term sweep's marks: an alert at three quarters, or the expiry recorded, once per deadline.
create table criminal_case_term_marks (
    case_id  uuid        not null references criminal_cases (id),
    deadline timestamptz not null,
    stage    varchar(8)  not null check (stage in ('ALERTED', 'EXPIRED')),
    at       timestamptz not null,
    primary key (case_id, deadline, stage)
);
grant select, insert on criminal_case_term_marks to ${app_role};

-- Each case's current state, kept by the database as facts are inserted, so that the lists and the
-- term sweep read index ranges. A projection: rebuilt from the facts at any time; read-only to ecase.
create table criminal_case_state (
    case_id      uuid        primary key references criminal_cases (id),
    erdr_number  char(15)    not null,
    unit         varchar(6)  not null,
    status       varchar(20) not null,
    since        timestamptz not null,
    seq          integer     not null,
    investigator varchar(64),
    language     varchar(2),
    article_code varchar(20),
    gravity      varchar(20),
    form         varchar(20),
    opened_at    timestamptz not null,
    deadline     timestamptz,
    alert_at     timestamptz,
    alerted_for  timestamptz,
    expired_for  timestamptz
);
create index criminal_case_state_by_investigator on criminal_case_state (investigator, deadline)
    where status = 'INVESTIGATING';
create index criminal_case_state_by_unit on criminal_case_state (unit, deadline);
create index criminal_case_state_alert_due on criminal_case_state (alert_at)
    where status = 'INVESTIGATING' and alerted_for is distinct from deadline;
create index criminal_case_state_expiry_due on criminal_case_state (deadline)
    where status = 'INVESTIGATING' and expired_for is distinct from deadline;
grant select on criminal_case_state to ${app_role};

create function ecase_project_case_opened() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    insert into criminal_case_state (case_id, erdr_number, unit, status, since, seq, opened_at)
    values (new.id, new.erdr_number, new.unit, 'REGISTERED', new.opened_at, 0, new.opened_at);
    return null;
end
$$;
revoke all on function ecase_project_case_opened() from public;
create trigger criminal_cases_project_state after insert on criminal_cases
    for each row execute function ecase_project_case_opened();

create function ecase_project_case_step() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    update criminal_case_state s
       set status = new.to_status, since = new.at, seq = new.seq
     where s.case_id = new.case_id and s.seq < new.seq;
    return null;
end
$$;
revoke all on function ecase_project_case_step() from public;
create trigger criminal_case_events_project_state after insert on criminal_case_events
    for each row execute function ecase_project_case_step();

create function ecase_project_case_settings() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    update criminal_case_state
       set investigator = new.investigator, language = new.language,
           article_code = new.article_code, gravity = new.gravity, form = new.form,
           deadline = new.deadline, alert_at = new.alert_at
     where case_id = new.case_id;
    return null;
end
$$;
revoke all on function ecase_project_case_settings() from public;
create trigger criminal_case_settings_project_state after insert on criminal_case_settings
    for each row execute function ecase_project_case_settings();

create function ecase_project_case_term_mark() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    update criminal_case_state
       set alerted_for = case when new.stage = 'ALERTED' then new.deadline else alerted_for end,
           expired_for = case when new.stage = 'EXPIRED' then new.deadline else expired_for end
     where case_id = new.case_id;
    return null;
end
$$;
revoke all on function ecase_project_case_term_mark() from public;
create trigger criminal_case_term_marks_project_state after insert on criminal_case_term_marks
    for each row execute function ecase_project_case_term_mark();

create function ecase_project_case_document() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    if new.approver_role is not null then
        insert into criminal_case_approvals_waiting (document_id, case_id, unit, approver_role, since)
        select new.id, new.case_id, c.unit, new.approver_role, new.signed_at
          from criminal_cases c where c.id = new.case_id;
    end if;
    if new.replaces is not null then
        delete from criminal_case_approvals_waiting where document_id = new.replaces;
    end if;
    return null;
end
$$;
revoke all on function ecase_project_case_document() from public;
create trigger criminal_case_documents_project_waiting after insert on criminal_case_documents
    for each row execute function ecase_project_case_document();

create function ecase_project_case_document_decision() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    delete from criminal_case_approvals_waiting where document_id = new.document_id;
    return null;
end
$$;
revoke all on function ecase_project_case_document_decision() from public;
create trigger criminal_case_document_decisions_project_waiting
    after insert on criminal_case_document_decisions
    for each row execute function ecase_project_case_document_decision();
