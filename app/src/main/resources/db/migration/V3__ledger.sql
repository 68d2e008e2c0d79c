-- The ledger: every registered fact as an entry of an append-only Merkle log (RFC 9162).

-- Entries recorded in the same transaction as the change they record, waiting to be sequenced.
-- entry: the canonical entry bytes with "previous":null, which the integrator fills in.
create table ledger_pending (
    id          bigint generated always as identity primary key,
    record_key  text        not null,
    unit        varchar(6)  not null,
    subject     char(12),
    entry       bytea       not null,
    recorded_at timestamptz not null default now()
);

-- Sequenced entries: gap-free 0-based indexes assigned by the integrator.
create table ledger_entries (
    idx          bigint primary key check (idx >= 0),
    record_key   text        not null,
    unit         varchar(6)  not null,
    subject      char(12),
    entry        bytea       not null,
    leaf_hash    bytea       not null check (length(leaf_hash) = 32),
    pending_id   bigint      not null unique,
    sequenced_at timestamptz not null default now()
);
create index ledger_entries_by_record on ledger_entries (record_key, idx);

-- Hashes of complete subtrees above the leaves: level >= 1, index within the level.
create table ledger_nodes (
    level smallint not null check (level between 1 and 63),
    idx   bigint   not null check (idx >= 0),
    hash  bytea    not null check (length(hash) = 32),
    primary key (level, idx)
);

-- Signed tree heads (C2SP checkpoints), one per tree size.
create table ledger_checkpoints (
    tree_size   bigint primary key check (tree_size >= 0),
    root_hash   bytea       not null check (length(root_hash) = 32),
    signed_note text        not null,
    issued_at   timestamptz not null default now()
);

create trigger ledger_entries_append_only before update or delete on ledger_entries
    for each row execute function ecase_refuse_change();
create trigger ledger_entries_no_truncate before truncate on ledger_entries
    for each statement execute function ecase_refuse_change();
create trigger ledger_nodes_append_only before update or delete on ledger_nodes
    for each row execute function ecase_refuse_change();
create trigger ledger_nodes_no_truncate before truncate on ledger_nodes
    for each statement execute function ecase_refuse_change();
create trigger ledger_checkpoints_append_only before update or delete on ledger_checkpoints
    for each row execute function ecase_refuse_change();
create trigger ledger_checkpoints_no_truncate before truncate on ledger_checkpoints
    for each statement execute function ecase_refuse_change();
create trigger ledger_pending_no_update before update on ledger_pending
    for each row execute function ecase_refuse_change();

grant select, insert on ledger_entries, ledger_nodes, ledger_checkpoints to ${app_role};
grant select, insert, delete on ledger_pending to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
