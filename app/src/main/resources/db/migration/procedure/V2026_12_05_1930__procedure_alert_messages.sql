-- An alert says itself in the reader's language: a message of the catalogue and its arguments
-- (the text stays, for SMS and as the fallback).
alter table staff_alerts add column message_key varchar(100);
alter table staff_alerts add column message_args jsonb not null default '[]';
