-- Fills an empty ledger with :n synthetic format-1 entries and every complete node above them,
-- computed in SQL (sha256 with the RFC 9162 prefixes), for proof-latency and verification
-- benchmarks at scale. Run as the owner on a database migrated by ecase:
--   psql -v n=10000000 -d ecase_bench -f bench/ledger-bulk-load.sql
\set ON_ERROR_STOP on
\timing on
insert into ledger_entries (idx, record_key, unit, subject, entry, leaf_hash, pending_id)
select i, 'bench/' || i, '710001', null, e, sha256('\x00'::bytea || e), -1 - i
from generate_series(0, :n - 1) as i,
     lateral (select convert_to(
        '{"actor":"bench","attachments":[],"format":1,"payload":{"n":' || i
        || '},"previous":null,"record":{"id":"' || i
        || '","type":"bench"},"subject":null,"time":"2026-11-23T00:00:00Z","type":"bench.Appended","unit":"710001"}',
        'UTF8') as e) as entry;

insert into ledger_leaves (idx, record_key, leaf_hash, pending_id)
select idx, record_key, leaf_hash, pending_id from ledger_entries;

-- level 1 from the leaves, then each level from the one below, while complete pairs exist
insert into ledger_nodes (level, idx, hash)
select 1, l.idx / 2, sha256('\x01'::bytea || l.leaf_hash || r.leaf_hash)
from ledger_entries l join ledger_entries r on r.idx = l.idx + 1
where l.idx % 2 = 0;

do $$
declare
    lvl int := 1;
    added bigint;
begin
    loop
        insert into ledger_nodes (level, idx, hash)
        select lvl + 1, l.idx / 2, sha256('\x01'::bytea || l.hash || r.hash)
        from ledger_nodes l join ledger_nodes r on r.level = lvl and r.idx = l.idx + 1
        where l.level = lvl and l.idx % 2 = 0;
        get diagnostics added = row_count;
        exit when added = 0;
        lvl := lvl + 1;
    end loop;
end $$;
analyze ledger_entries;
analyze ledger_leaves;
analyze ledger_nodes;
