-- A decision joining another case into this one names it by its ERDR number.
alter table criminal_case_documents add column other_case char(15);
