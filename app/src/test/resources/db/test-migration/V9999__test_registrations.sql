-- Test suite only: a stand-in for a registered record (a protocol, a case) that tests register
-- together with its ledger entry.
-- Versioned 9999 so that it stays a "future" migration for a packaged jar (which lacks it) started
-- by a test on the same database: Flyway ignores future migrations but refuses missing ones.
create table test_registrations (
    id   text primary key,
    unit varchar(6) not null,
    what text       not null
);
grant select, insert on test_registrations to ${app_role};
