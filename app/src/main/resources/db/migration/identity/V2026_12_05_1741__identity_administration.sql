-- Account administration: a phone for each account, and the administrators' signed acts.
alter table user_accounts add column phone varchar(20);

-- Every change an administrator makes to accounts, units or external-identity mappings: the act as
-- signed (canonical JSON), the administrator's detached CMS signature over it, and its ledger
-- receipt. Insert-only.
create table administrative_acts (
    id         bigint generated always as identity primary key,
    type       varchar(64)  not null,
    record_key varchar(200) not null,
    actor      varchar(64)  not null,
    acted_at   timestamptz  not null,
    act        bytea        not null,
    signature  bytea        not null,
    receipt    bigint       not null
);

create index administrative_acts_by_time on administrative_acts (acted_at desc);

create trigger administrative_acts_insert_only
    before update or delete on administrative_acts
    for each row execute function ecase_refuse_change();
create trigger administrative_acts_no_truncate
    before truncate on administrative_acts
    for each statement execute function ecase_refuse_change();

grant select, insert on administrative_acts to ${app_role};
