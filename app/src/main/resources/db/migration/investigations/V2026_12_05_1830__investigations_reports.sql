-- The register of crime reports: what was reported (book of incident records, KUI), the steps of
-- each report (decisions and the duty prosecutor's checks) and the qualification of each
-- registration in the ERDR. Insert-only: the application may not update or delete any of them.
create table crime_reports (
    id                    uuid          primary key,
    kui_number            varchar(20)   not null unique,
    unit                  varchar(6)    not null,
    source                varchar(24)   not null check (source in
                              ('CITIZEN_STATEMENT', 'ONLINE_STATEMENT', 'OFFICER_REPORT', 'AGENCY_MESSAGE')),
    reporter_iin          char(12),
    reporter_bin          char(12),
    reporter_name         varchar(300),
    description           varchar(4000) not null,
    place                 varchar(500)  not null,
    occurred_at           timestamptz,
    received_at           timestamptz   not null,
    received_by           varchar(64)   not null,
    registration_deadline timestamptz   not null,
    idempotency_key       varchar(100)  not null,
    document_sha256       char(64)      not null,
    signature_sha256      char(64)      not null,
    receipt               bigint        not null,
    unique (received_by, idempotency_key),
    check (reporter_iin is not null or reporter_bin is not null or source = 'OFFICER_REPORT')
);
grant select, insert on crime_reports to ${app_role};

create table crime_report_events (
    report_id       uuid          not null references crime_reports (id),
    seq             integer       not null,
    type            varchar(40)   not null,
    from_status     varchar(40)   not null,
    to_status       varchar(40)   not null,
    at              timestamptz   not null,
    actor           varchar(200)  not null,
    reasons         varchar(4000) not null,
    receipt         bigint        not null,
    document_sha256 char(64),
    primary key (report_id, seq)
);
grant select, insert on crime_report_events to ${app_role};

-- Each registration in the ERDR with its qualification; a registration corrected after the duty
-- prosecutor returned it keeps its number and adds a row (the history keeps both).
create table crime_report_registrations (
    report_id    uuid        not null references crime_reports (id),
    seq          integer     not null,
    erdr_number  char(15)    not null,
    article_code varchar(20) not null,
    gravity      varchar(20) not null,
    form         varchar(20) not null,
    at           timestamptz not null,
    primary key (report_id, seq)
);
create unique index crime_report_registrations_number on crime_report_registrations (erdr_number, report_id, seq);
grant select, insert on crime_report_registrations to ${app_role};

-- Each report's current state, kept by the database as events and registrations are inserted, so
-- that queues, registers and the term sweep read index ranges. A projection, not a fact: rebuilt
-- from the events at any time. The application may only read it.
create table crime_report_status (
    report_id             uuid        primary key references crime_reports (id),
    unit                  varchar(6)  not null,
    status                varchar(40) not null,
    since                 timestamptz not null,
    seq                   integer     not null,
    registration_deadline timestamptz not null,
    check_since           timestamptz,
    term_missed           boolean     not null default false,
    erdr_number           char(15),
    article_code          varchar(20),
    gravity               varchar(20),
    received_at           timestamptz not null
);
create index crime_report_status_by_unit on crime_report_status (unit, received_at desc);
create index crime_report_status_queue on crime_report_status (unit, check_since)
    where check_since is not null;
create index crime_report_status_undecided on crime_report_status (registration_deadline)
    where status in ('RECEIVED', 'RETURNED') and not term_missed;
grant select on crime_report_status to ${app_role};

create function ecase_project_report_received() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    insert into crime_report_status (report_id, unit, status, since, seq, registration_deadline,
                                     received_at)
    values (new.id, new.unit, 'RECEIVED', new.received_at, 0, new.registration_deadline,
            new.received_at);
    return null;
end
$$;
revoke all on function ecase_project_report_received() from public;
create trigger crime_reports_project_status after insert on crime_reports
    for each row execute function ecase_project_report_received();

create function ecase_project_report_step() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    update crime_report_status s
       set status = new.to_status, since = new.at, seq = new.seq,
           check_since = case when new.to_status in
                   ('REGISTERED', 'REFUSED', 'TRANSFERRED', 'PASSED_TO_ADMINISTRATIVE')
               then new.at else null end,
           term_missed = s.term_missed or new.type = 'MISS_REGISTRATION_TERM'
     where s.report_id = new.report_id and s.seq < new.seq;
    return null;
end
$$;
revoke all on function ecase_project_report_step() from public;
create trigger crime_report_events_project_status after insert on crime_report_events
    for each row execute function ecase_project_report_step();

create function ecase_project_report_registration() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    update crime_report_status
       set erdr_number = new.erdr_number, article_code = new.article_code, gravity = new.gravity
     where report_id = new.report_id;
    return null;
end
$$;
revoke all on function ecase_project_report_registration() from public;
create trigger crime_report_registrations_project_status after insert on crime_report_registrations
    for each row execute function ecase_project_report_registration();

-- The duty prosecutor's reception of citizens: who came, about what, what was explained or done.
create table prosecutor_receptions (
    id          uuid          primary key,
    unit        varchar(6)   not null,
    visitor_iin char(12)     not null,
    topic       varchar(500)  not null,
    outcome     varchar(24)   not null check (outcome in
                    ('REPORT_RECEIVED', 'COMPLAINT', 'CONSULTATION')),
    explained   varchar(4000) not null,
    report_id   uuid          references crime_reports (id),
    received_at timestamptz   not null,
    received_by varchar(64)   not null,
    receipt     bigint        not null
);
create index prosecutor_receptions_by_unit on prosecutor_receptions (unit, received_at desc);
grant select, insert on prosecutor_receptions to ${app_role};
