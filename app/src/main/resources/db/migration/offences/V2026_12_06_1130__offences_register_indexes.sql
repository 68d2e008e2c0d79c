-- The protocol register's pages and GET /api/offences/protocols: the units under a user's unit by
-- prefix (unit like '71%'; varchar_pattern_ops so that a database collation other than C still
-- reads an index range, as for the crime reports), an officer's own protocols newest first, and a
-- search by plate (by number and by IIN the existing indexes serve).
create index offence_protocols_by_units on offence_protocols
    (unit varchar_pattern_ops, created_at desc);
create index offence_protocols_by_officer on offence_protocols (officer, created_at desc);
create index offence_protocols_by_plate on offence_protocols (plate) where plate is not null;

drop index offence_protocols_by_unit;
