-- The name and birth date the population register gave an officer's look-up made while drafting a
-- protocol (purpose "protocol draft <key>"), so that registering that draft takes them from there
-- instead of asking the register a second time (issue 15). Only what the look-up already returned
-- and the protocol's paper prints; the look-up itself stays in person_lookups and the ledger.
-- Read only through the persons module (DraftIdentities): by the same officer, for the same draft
-- key and IIN, while fresh (30 minutes). Rows older than a day are deleted by a scheduled job.
create table person_draft_identities (
    username     text        not null,
    draft_key    text        not null,
    iin          char(12)    not null,
    lookup_id    uuid        not null references person_lookups (id),
    full_name    text        not null,
    birth_date   date,
    created_at   timestamptz not null,
    primary key (username, draft_key, iin)
);
create index person_draft_identities_by_age on person_draft_identities (created_at);

grant select, insert, update, delete on person_draft_identities to ${app_role};
