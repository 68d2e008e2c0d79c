-- The case page shows the complaints upheld in its case: found by the case's number, not by reading
-- every complaint (a sequential scan of all of them on each page at scale).
create index police_complaints_by_case on police_complaints (erdr_number, filed_at)
    where erdr_number is not null;
