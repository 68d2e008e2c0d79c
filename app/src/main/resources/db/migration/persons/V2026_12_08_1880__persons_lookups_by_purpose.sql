-- A registered protocol links the look-ups made for its draft (purpose "protocol draft <key>", by
-- the same officer, the last two days: LookupLinks). Through person_lookups_by_user that read every
-- look-up of the officer in those two days and kept the few with the draft's purpose: 0.27 ms of
-- the database per registration when the benchmark's officers had made ~400 each (issue 15's
-- pg_stat_statements), and in service as many as an officer makes in two days. This index finds
-- them by purpose directly.
create index person_lookups_by_user_purpose on person_lookups (username, purpose);
