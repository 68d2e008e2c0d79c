-- The staff search over the criminal register (docs/search.md), its cases' part: by ERDR number the
-- cases' unique index serves, by a participant's IIN criminal_case_participants_by_iin; by a part
-- of a participant's name a trigram index (pg_trgm) over the name as the population register gave
-- it, folded by ecase_fold_name (the kernel's NameFold in SQL, created with the protocols' search,
-- V2026_12_08_1000): Kazakh and Russian spellings, case and punctuation do not matter.
create extension if not exists pg_trgm;

-- One row per participant of a case, with the case's unit (the caller's jurisdiction is a prefix
-- of it) and opening time (the latest first), so that a name search reads this narrow table and its
-- index and joins the cases only for the lines shown. A projection of criminal_case_participants
-- and criminal_cases, not a registered fact: the trigger keeps it as participants are added, the
-- backfill below is its rebuild.
create table criminal_case_names (
    participant_id uuid        primary key references criminal_case_participants (id),
    case_id        uuid        not null,
    unit           varchar(6)  not null,
    opened_at      timestamptz not null,
    name           text        not null
);
create index criminal_case_names_trigrams on criminal_case_names using gin (name gin_trgm_ops);
grant select on criminal_case_names to ${app_role};

insert into criminal_case_names (participant_id, case_id, unit, opened_at, name)
select p.id, c.id, c.unit, c.opened_at, ecase_fold_name(p.name)
from criminal_case_participants p join criminal_cases c on c.id = p.case_id;

create function ecase_project_case_participant_name() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    insert into criminal_case_names (participant_id, case_id, unit, opened_at, name)
    select new.id, c.id, c.unit, c.opened_at, ecase_fold_name(new.name)
    from criminal_cases c where c.id = new.case_id;
    return null;
end
$$;
revoke all on function ecase_project_case_participant_name() from public;

create trigger criminal_case_participants_project_name after insert on criminal_case_participants
    for each row execute function ecase_project_case_participant_name();
