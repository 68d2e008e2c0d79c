-- Lists select the units under a user's unit by prefix (unit like '710001%': a department and, for a
-- region's code, every unit in it). Under a database collation other than C (C.UTF-8, ru_RU, ...)
-- a btree on varchar cannot serve such a pattern as an index range, so the duty prosecutor's queue
-- read every decision waiting in every unit, and the reception log and the register every row of
-- their tables (docs/BENCHMARKS.md, issue 12: 56 ms and 30 ms on 1 million reports). The same
-- columns with varchar_pattern_ops can (as custody_clock_state_running already does).
create index crime_report_status_queue_by_units on crime_report_status
    (unit varchar_pattern_ops, check_since) where check_since is not null;
create index crime_report_status_by_units on crime_report_status
    (unit varchar_pattern_ops, received_at desc);
create index prosecutor_receptions_by_units on prosecutor_receptions
    (unit varchar_pattern_ops, received_at desc);

-- The sweep reads the decisions waiting longest in all units, oldest first.
create index crime_report_status_waiting on crime_report_status (check_since)
    where check_since is not null;

drop index crime_report_status_queue;
drop index crime_report_status_by_unit;
drop index prosecutor_receptions_by_unit;
