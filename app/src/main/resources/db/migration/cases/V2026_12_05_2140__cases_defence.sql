-- The defence: lawyers' requests to be admitted to a case (kept whether or not the number names a
-- case, so that a request tells its sender nothing), their motions, and the decisions answering
-- them. Insert-only.
create table criminal_case_defence_requests (
    id          uuid         primary key,
    erdr_number varchar(15)  not null,
    lawyer      varchar(64)  not null,
    lawyer_iin  char(12)     not null,
    client_iin  char(12)     not null,
    warrant     varchar(100) not null,
    filed_at    timestamptz  not null
);
create index criminal_case_defence_requests_by_number on criminal_case_defence_requests (erdr_number, filed_at);
grant select, insert on criminal_case_defence_requests to ${app_role};

create table criminal_case_motions (
    id       uuid          primary key,
    case_id  uuid          not null references criminal_cases (id),
    seq      integer       not null,
    filed_by varchar(64)   not null,
    filed_at timestamptz   not null,
    text     varchar(8000) not null,
    deadline timestamptz   not null
);
create index criminal_case_motions_by_case on criminal_case_motions (case_id, filed_at);
grant select, insert on criminal_case_motions to ${app_role};

alter table criminal_case_documents
    add column answers uuid references criminal_case_motions (id),
    add column granted boolean;

-- A summons names when and where its participant is to appear; an SMS carries it to them.
alter table criminal_case_documents
    add column appear_at timestamptz,
    add column place varchar(300);
