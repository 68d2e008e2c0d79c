-- Each event of a protocol's life taken by a user (service, decision, referral, appeal, its outcome,
-- cancellation) has its act: a PDF stored in documents, signed by the user where they sign. Events
-- that follow from terms, payments and enforcement have none (their ledger entry is their record).
alter table offence_protocol_events add column document_sha256 char(64);
