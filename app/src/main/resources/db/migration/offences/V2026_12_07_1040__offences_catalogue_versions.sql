-- Catalogue versions made by administrators in the application (corrections of the shipped ones):
-- the whole version as the shipped files write it (rows_csv, same columns as catalogue-v2.csv),
-- numbered after the highest shipped version. A version never changes once stored: a later
-- correction is a new version. Insert-only.
create table offence_catalogue_versions (
    version        integer     primary key,
    effective_from date        not null,
    based_on       integer     not null,
    reason         text        not null,
    corrected      text        not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    rows_csv       text        not null
);
grant select, insert on offence_catalogue_versions to ${app_role};
create trigger offence_catalogue_versions_append_only before update or delete
    on offence_catalogue_versions for each row execute function ecase_refuse_change();
create trigger offence_catalogue_versions_no_truncate before truncate
    on offence_catalogue_versions for each statement execute function ecase_refuse_change();
