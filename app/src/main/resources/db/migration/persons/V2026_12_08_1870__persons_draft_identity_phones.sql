-- The mobile phone the population register gave the draft's look-up, kept beside the name and
-- birth date (same officer, draft key and IIN; deleted with the row after a day), so that the
-- protocol's SMS notice goes to that phone instead of the notification dispatcher asking the register
-- a second time minutes later (issue 15). Null when the register gave no mobile phone.
alter table person_draft_identities add column mobile_phone varchar(16);
