-- The reminder job's look-ups: protocols by the end of their discount, and entries into force.
create index offence_protocols_by_discount_deadline on offence_protocols (discount_deadline)
    where discount_deadline is not null;
create index offence_protocol_events_in_force on offence_protocol_events (at)
    where to_status = 'IN_FORCE';
