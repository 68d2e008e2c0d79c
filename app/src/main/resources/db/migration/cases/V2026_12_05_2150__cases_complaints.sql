-- Complaints against actions and decisions of the police (CPC 2014 art. 105-106): filed by a
-- participant, a lawyer or any citizen on the portal, or received by a prosecutor; answered by a
-- prosecutor's signed decision within the term. Insert-only; each in the ledger.
create table police_complaints (
    id               uuid          primary key,
    number           varchar(24)   not null unique,
    unit             varchar(6)    not null,
    erdr_number      char(15),
    document_id      uuid          references criminal_case_documents (id),
    complainant_iin  char(12)      not null,
    filed_by         varchar(64)   not null,
    filed_by_role    varchar(32)   not null,
    filed_at         timestamptz   not null,
    text             varchar(8000) not null,
    deadline         timestamptz   not null,
    receipt          bigint        not null
);
create index police_complaints_by_unit on police_complaints (unit, filed_at desc);
create index police_complaints_by_complainant on police_complaints (complainant_iin, filed_at desc);
grant select, insert on police_complaints to ${app_role};

create table police_complaint_decisions (
    complaint_id     uuid          primary key references police_complaints (id),
    decision         varchar(10)   not null check (decision in ('UPHELD', 'REJECTED')),
    reasons          varchar(4000) not null,
    decided_by       varchar(64)   not null,
    decided_at       timestamptz   not null,
    document_sha256  char(64)      not null,
    signature_sha256 char(64)      not null,
    receipt          bigint        not null
);
grant select, insert on police_complaint_decisions to ${app_role};
