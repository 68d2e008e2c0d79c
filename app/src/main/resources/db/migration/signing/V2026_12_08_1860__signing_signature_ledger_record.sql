-- The ledger record whose entry carries a signing act (issue 15): null for an act recorded in an
-- entry of its own (signing.DocumentSigned / DocumentCosigned of the record document/<sha256>); a
-- record key such as protocol/<id> when the act's own business entry, written in the same
-- transaction, carries the document's and the signature's SHA-256 as attachments instead, so that
-- a registration writes one ledger entry, not two. The public document check looks for the
-- document's inclusion under this record. A nullable column without a default: no table rewrite.
alter table document_signatures
    add column ledger_record text check (ledger_record is null or ledger_record ~ '^[a-z][a-z0-9-]*/[^/]+$');
