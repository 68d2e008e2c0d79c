-- Signing: certificates issued by ecase's certificate authority, users' keys protected by their
-- signing PIN, revocations, and the detached CMS signatures of documents.

-- Every certificate ever issued; never changed.
create table signing_certificates (
    serial      varchar(40)  primary key,
    username    varchar(64)  not null,
    subject     text         not null,
    certificate bytea        not null,
    not_before  timestamptz  not null,
    not_after   timestamptz  not null,
    issued_at   timestamptz  not null
);
create index signing_certificates_by_user on signing_certificates (username, issued_at);

-- Revoked certificates; a revocation is never withdrawn.
create table signing_revocations (
    serial     varchar(40) primary key references signing_certificates (serial),
    reason     text        not null,
    revoked_at timestamptz not null
);

-- A user's current key: the private key and certificate chain in a PKCS#12 protected by the
-- user's signing PIN, and the count of wrong PINs in a row (locked at the policy's limit).
create table signing_keys (
    username   varchar(64) primary key,
    serial     varchar(40) not null references signing_certificates (serial),
    pkcs12     bytea       not null,
    failures   int         not null default 0 check (failures >= 0),
    locked_at  timestamptz,
    updated_at timestamptz not null
);

-- Each version of a document's detached CMS signature: version 1 holds the author's signature,
-- each co-signature adds a version with one more SignerInfo. Never changed.
create table document_signatures (
    document_sha256  char(64)    not null references documents (sha256),
    version          int         not null check (version >= 1),
    cms              bytea       not null,
    cms_sha256       char(64)    not null,
    signer           text        not null,
    signer_serial    varchar(40) not null,
    created_at       timestamptz not null,
    primary key (document_sha256, version)
);

create trigger signing_certificates_append_only before update or delete on signing_certificates
    for each row execute function ecase_refuse_change();
create trigger signing_certificates_no_truncate before truncate on signing_certificates
    for each statement execute function ecase_refuse_change();
create trigger signing_revocations_append_only before update or delete on signing_revocations
    for each row execute function ecase_refuse_change();
create trigger signing_revocations_no_truncate before truncate on signing_revocations
    for each statement execute function ecase_refuse_change();
create trigger document_signatures_append_only before update or delete on document_signatures
    for each row execute function ecase_refuse_change();
create trigger document_signatures_no_truncate before truncate on document_signatures
    for each statement execute function ecase_refuse_change();

grant select, insert on signing_certificates, signing_revocations, document_signatures
    to ${app_role};
grant select, insert, update, delete on signing_keys to ${app_role};
