-- The staff search over the criminal register (docs/search.md), its crime reports' part: by KUI
-- number the reports' unique index serves; by the reporter's IIN crime_reports_by_reporter (the
-- latest received first, V2026_12_05_1915); by a part of the reporter's name a trigram index (pg_trgm) over the name folded
-- by ecase_fold_name (the kernel's NameFold in SQL, created with the protocols' search,
-- V2026_12_08_1000). Version 2026.12.08.1810.1: the second half of the search's migration stamp.
create extension if not exists pg_trgm;

-- One row per report whose reporter is a named person, with its unit and receipt time: a
-- projection of crime_reports kept by the trigger below (the backfill is its rebuild).
create table crime_report_names (
    report_id   uuid        primary key references crime_reports (id),
    unit        varchar(6)  not null,
    received_at timestamptz not null,
    name        text        not null
);
create index crime_report_names_trigrams on crime_report_names using gin (name gin_trgm_ops);
grant select on crime_report_names to ${app_role};

insert into crime_report_names (report_id, unit, received_at, name)
select id, unit, received_at, ecase_fold_name(reporter_name)
from crime_reports where reporter_name is not null;

create function ecase_project_report_name() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    if new.reporter_name is not null then
        insert into crime_report_names (report_id, unit, received_at, name)
        values (new.id, new.unit, new.received_at, ecase_fold_name(new.reporter_name));
    end if;
    return null;
end
$$;
revoke all on function ecase_project_report_name() from public;

create trigger crime_reports_project_name after insert on crime_reports
    for each row execute function ecase_project_report_name();
