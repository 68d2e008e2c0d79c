-- Severance of cases (CPC 2014 art. 45): a decision in a case opens a new case of the register for a
-- part of it; the new case keeps the crime report of the one it was severed from. One case per report
-- still holds for the cases registrations open.
alter table criminal_cases add column severed_from uuid references criminal_cases (id);
alter table criminal_cases drop constraint criminal_cases_report_id_key;
create unique index criminal_cases_opened_by_report on criminal_cases (report_id) where severed_from is null;
create index criminal_cases_severed_from on criminal_cases (severed_from) where severed_from is not null;
