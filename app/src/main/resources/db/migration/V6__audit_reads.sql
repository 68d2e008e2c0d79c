-- Every read of a record or of personal data: who, when, what, why. Each row has its entry in
-- the ledger (written in the same transaction); this table is the index to list them by unit and
-- by person. Append-only like the ledger.
create table audit_reads (
    id           bigint generated always as identity primary key,
    read_at      timestamptz not null,
    reader       text        not null,
    reader_name  text        not null,
    reader_role  text        not null,
    reader_unit  varchar(6),
    record_key   text        not null,
    record_unit  varchar(6)  not null,
    subject      char(12),
    purpose      text        not null check (length(purpose) between 1 and 500),
    receipt      bigint      not null
);
create index audit_reads_by_unit on audit_reads (record_unit, read_at desc);
create index audit_reads_by_subject on audit_reads (subject, read_at desc) where subject is not null;

create trigger audit_reads_append_only before update or delete on audit_reads
    for each row execute function ecase_refuse_change();
create trigger audit_reads_no_truncate before truncate on audit_reads
    for each statement execute function ecase_refuse_change();

grant select, insert on audit_reads to ${app_role};
