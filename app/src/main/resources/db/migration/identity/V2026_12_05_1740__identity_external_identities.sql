-- Identities are keyed by their source: a local account by its username, an external provider's
-- user by (issuer, subject). An external user acts as a local account only through a mapping an
-- administrator made; otherwise as its own principal "ext:<issuer hash>:<subject>", a name no local
-- username can take (local usernames have no colon).
alter table user_accounts
    add constraint user_accounts_username_local check (position(':' in username) = 0);

create table external_identities (
    id         bigint generated always as identity primary key,
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    account_id bigint       not null references user_accounts (id),
    mapped_by  varchar(64)  not null,
    mapped_at  timestamptz  not null,
    unique (issuer, subject)
);

grant select, insert on external_identities to ${app_role};
