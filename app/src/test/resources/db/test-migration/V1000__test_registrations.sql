-- Test suite only: a stand-in for a registered record (a protocol, a case) that tests register
-- together with its ledger entry.
create table test_registrations (
    id   text primary key,
    unit varchar(6) not null,
    what text       not null
);
grant select, insert on test_registrations to ${app_role};
