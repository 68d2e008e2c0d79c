-- Partitioned history (issue 16): ledger_entries becomes a table partitioned by RANGE of its index,
-- and what proofs and the records' chains need moves into a compact table that is never detached.
--
-- Why the index and not sequenced_at: the integrator is the single writer, so the index grows with
-- time exactly as sequenced_at does (a range of indexes is a period); the primary key stays the
-- index alone (a partition key must be part of it: by sequenced_at the key would be (idx,
-- sequenced_at) and a look-up by index would probe every partition); a look-up by index prunes to
-- one partition. Partitions are 2^24 indexes wide (16.8 million entries, about a year nationally):
-- each partition is one complete subtree of the Merkle tree, whose root stays in ledger_nodes
-- (level 24), so a detached and dumped partition can be checked on its own against that node.
--
-- ledger_leaves: index, record, leaf hash and pending id of every entry (about 150 bytes a row),
-- never partitioned, never detached. Proofs read leaf hashes here (interior nodes in
-- ledger_nodes), the integrator finds a record's latest index here (so that an entry recorded
-- years later still names its predecessor in `previous` when that one is archived), and
-- Ledger#indexOf reads the pending id here. The uniqueness of pending_id, which a partitioned
-- table cannot enforce without the index in the key, is kept here, where it covers every entry.

create table ledger_leaves (
    idx         bigint primary key check (idx >= 0),
    record_key  text   not null,
    leaf_hash   bytea  not null check (length(leaf_hash) = 32),
    pending_id  bigint not null unique
);
create index ledger_leaves_by_record on ledger_leaves (record_key, idx);
insert into ledger_leaves (idx, record_key, leaf_hash, pending_id)
select idx, record_key, leaf_hash, pending_id from ledger_entries;

create trigger ledger_leaves_append_only before update or delete on ledger_leaves
    for each row execute function ecase_refuse_change();
create trigger ledger_leaves_no_truncate before truncate on ledger_leaves
    for each statement execute function ecase_refuse_change();
grant select, insert on ledger_leaves to ${app_role};

-- The entries: same columns, checks and defaults; rows copied; the old table dropped (DROP is not
-- refused by the append-only triggers, which guard UPDATE, DELETE and TRUNCATE).
alter table ledger_entries rename to ledger_entries_before_partitioning;
alter index ledger_entries_pkey rename to ledger_entries_before_partitioning_pkey;
alter index ledger_entries_by_record rename to ledger_entries_before_partitioning_by_record;
alter table ledger_entries_before_partitioning
    rename constraint ledger_entries_pending_id_key to ledger_entries_before_partitioning_pending_id_key;

create table ledger_entries (
    idx          bigint      not null check (idx >= 0),
    record_key   text        not null,
    unit         varchar(6)  not null,
    subject      char(12),
    entry        bytea       not null,
    leaf_hash    bytea       not null check (length(leaf_hash) = 32),
    pending_id   bigint      not null,
    sequenced_at timestamptz not null default now(),
    primary key (idx)
) partition by range (idx);
create index ledger_entries_by_record on ledger_entries (record_key, idx);

-- Row triggers are cloned onto every partition; a statement trigger on TRUNCATE is not, so each
-- partition gets its own (ecase_partition_of below).
create trigger ledger_entries_append_only before update or delete on ledger_entries
    for each row execute function ecase_refuse_change();
create trigger ledger_entries_no_truncate before truncate on ledger_entries
    for each statement execute function ecase_refuse_change();
grant select, insert on ledger_entries to ${app_role};

-- One partition of a range-partitioned append-only table, unless it exists, with the parent's
-- truncate guard. When the default partition already holds rows of the range, the partition cannot
-- be made (PostgreSQL refuses): it is skipped with a warning, and the rows stay readable in the
-- default partition (docs/operations.md says how to move them). Owner only: the application calls
-- the functions below, which run with their owner's rights.
create function ecase_partition_of(parent text, key text, partition text, lower text, upper text)
    returns boolean
    language plpgsql set search_path from current as $$
declare
    stranded boolean;
begin
    if to_regclass(partition) is not null then
        return false;
    end if;
    if to_regclass(parent || '_default') is not null then
        execute format('select exists (select 1 from %I where %I >= %L and %I < %L)',
                       parent || '_default', key, lower, key, upper) into stranded;
        if stranded then
            raise warning 'ecase: % not created: % holds rows of [%, %)',
                partition, parent || '_default', lower, upper;
            return false;
        end if;
    end if;
    execute format('create table %I partition of %I for values from (%L) to (%L)',
                   partition, parent, lower, upper);
    execute format('create trigger %I before truncate on %I for each statement'
                   ' execute function ecase_refuse_change()', partition || '_no_truncate', partition);
    return true;
end
$$;
revoke all on function ecase_partition_of(text, text, text, text, text) from public;

-- The ledger's partitions from the first to the one after the current (the next 2^24 entries
-- always have theirs). Idempotent and safe on N nodes: a transaction-scoped advisory lock lets one
-- create at a time, the others then find the partitions made. Returns how many it created.
create function ecase_ledger_partitions_ahead() returns integer
    language plpgsql security definer set search_path from current as $$
declare
    width   constant bigint := 16777216; -- 2^24
    size    bigint;
    created integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('ecase_ledger_partitions'));
    select coalesce(max(idx) + 1, 0) into size from ledger_leaves;
    for k in 0 .. size / width + 1 loop
        if ecase_partition_of('ledger_entries', 'idx', format('ledger_entries_p%s', lpad(k::text, 4, '0')),
                              (k * width)::text, ((k + 1) * width)::text) then
            created := created + 1;
        end if;
    end loop;
    return created;
end
$$;
revoke all on function ecase_ledger_partitions_ahead() from public;
grant execute on function ecase_ledger_partitions_ahead() to ${app_role};

-- Insert never fails: an index beyond every partition lands here (the job keeps it empty; a
-- partition for a range the default holds rows of cannot be created: see docs/operations.md).
create table ledger_entries_default partition of ledger_entries default;
create trigger ledger_entries_default_no_truncate before truncate on ledger_entries_default
    for each statement execute function ecase_refuse_change();

select ecase_ledger_partitions_ahead();

insert into ledger_entries (idx, record_key, unit, subject, entry, leaf_hash, pending_id, sequenced_at)
select idx, record_key, unit, subject, entry, leaf_hash, pending_id, sequenced_at
from ledger_entries_before_partitioning;

drop table ledger_entries_before_partitioning;
