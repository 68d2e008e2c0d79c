-- Ledger appends (issue 16): ledger_entries loses its index by record. A record's entries are found
-- through ledger_leaves (record_key, idx), which every entry has and which is never detached, then
-- by index in ledger_entries (its primary key, one partition each). The integrator writes one index
-- entry fewer per entry, and the one it no longer writes was the only one of ledger_entries whose
-- insertion points are spread over the whole index (record keys are not in index order), so that
-- after each checkpoint it took a full-page image in the WAL for nearly every entry.
drop index ledger_entries_by_record;
