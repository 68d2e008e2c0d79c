-- The protocol a look-up came to serve: a look-up made while an officer drafted a protocol (purpose
-- "protocol draft <key>") is linked, when that draft is registered, to the protocol it became. The
-- look-up's own row stays as it was recorded (append-only); the link is a fact added beside it, once,
-- and never changed.
create table person_lookup_protocols (
    lookup_id        uuid        primary key references person_lookups (id),
    protocol_id      uuid        not null,
    protocol_number  text        not null,
    linked_at        timestamptz not null
);

create trigger person_lookup_protocols_append_only before update or delete on person_lookup_protocols
    for each row execute function ecase_refuse_change();
create trigger person_lookup_protocols_no_truncate before truncate on person_lookup_protocols
    for each statement execute function ecase_refuse_change();

grant select, insert on person_lookup_protocols to ${app_role};
