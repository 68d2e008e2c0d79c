-- pgbench script: one durable single-row insert of a 512-byte row per transaction, the ceiling
-- ecase's ledger appends are compared against (see docs/BENCHMARKS.md).
insert into ceiling.pgbench_ceiling (payload) values (repeat('x', 512));
