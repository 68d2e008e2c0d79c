-- Documents stored by the SHA-256 of their bytes. A stored document never changes: the same hash
-- always answers the same bytes. unit and subject decide who may read it (as for records).
create table documents (
    sha256     char(64)     primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type varchar(100) not null,
    bytes      bytea        not null,
    unit       varchar(6)   not null,
    subject    char(12),
    created_at timestamptz  not null default now()
);

create trigger documents_append_only before update or delete on documents
    for each row execute function ecase_refuse_change();
create trigger documents_no_truncate before truncate on documents
    for each statement execute function ecase_refuse_change();

grant select, insert on documents to ${app_role};
