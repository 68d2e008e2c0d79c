-- A citizen's on-line statement is received without a signature of ecase (citizens sign with their
-- own national EDS outside ecase); staff's acts of receipt stay signed. Reports by reporter, for
-- the citizen's own list.
alter table crime_reports alter column signature_sha256 drop not null;
create index crime_reports_by_reporter on crime_reports (reporter_iin, received_at desc)
    where reporter_iin is not null;
