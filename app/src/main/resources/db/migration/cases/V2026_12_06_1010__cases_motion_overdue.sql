-- A motion of the defence left unanswered past its term: marked once (the sweep's alerts go with the
-- mark), so that several instances alert once. Insert-only.
create table criminal_case_motion_overdue (
    motion_id uuid        primary key references criminal_case_motions (id),
    at        timestamptz not null
);
grant select, insert on criminal_case_motion_overdue to ${app_role};
create index criminal_case_motions_by_deadline on criminal_case_motions (deadline);
create index criminal_case_documents_answering on criminal_case_documents (answers) where answers is not null;
