-- What anyone may learn about an issued document by scanning the QR code printed on it or by its
-- SHA-256: its kind (as titled on the paper), number, unit and date; never a name, IIN or text.
-- token is the public verification id the QR code carries, derived from the document's content
-- before the QR code is drawn (the same input gives the same token and the same bytes).
create table document_checks (
    sha256    char(64)     primary key references documents (sha256),
    token     varchar(32)  not null check (token ~ '^[A-Za-z0-9_-]{22}$'),
    kind_kk   varchar(300) not null,
    kind_ru   varchar(300) not null,
    number    varchar(100),
    unit      varchar(6)   not null,
    issued_at timestamptz  not null
);

create index document_checks_by_token on document_checks (token);

create trigger document_checks_append_only before update or delete on document_checks
    for each row execute function ecase_refuse_change();
create trigger document_checks_no_truncate before truncate on document_checks
    for each statement execute function ecase_refuse_change();

grant select, insert on document_checks to ${app_role};
