-- Every person look-up: who, when, which IIN, why, which registries answered. Each row has its
-- entry in the ledger (same transaction); this table lets the person, the head of unit and the
-- rate check find them. Append-only.
create table person_lookups (
    id            uuid        primary key,
    looked_up_at  timestamptz not null,
    username      text        not null,
    user_name     text        not null,
    user_role     text        not null,
    user_unit     varchar(6)  not null,
    iin           char(12)    not null,
    purpose       text        not null,
    sources       text        not null,
    complete      boolean     not null,
    flagged       boolean     not null,
    receipt       bigint      not null
);
create index person_lookups_by_person on person_lookups (iin, looked_up_at desc);
create index person_lookups_by_unit on person_lookups (user_unit, looked_up_at desc);
create index person_lookups_by_user on person_lookups (username, looked_up_at desc);

create trigger person_lookups_append_only before update or delete on person_lookups
    for each row execute function ecase_refuse_change();
create trigger person_lookups_no_truncate before truncate on person_lookups
    for each statement execute function ecase_refuse_change();

grant select, insert on person_lookups to ${app_role};
