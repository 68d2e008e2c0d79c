-- A name search as staff type it (docs/search.md): the beginning of the surname, then of the first
-- name, then of the later words (the patronymic), answered from one B-tree without reading the
-- table. The trigram index of V2026_12_08_1000 finds every candidate but must then recheck each one
-- in the heap (the unit, the registration time, the LIKE), which at 10 million protocols read
-- thousands of heap blocks per search; this index holds all a search decides on and returns.
--
-- The folded name split into its words, by the database itself (generated columns: the trigger,
-- the data generator and the backfill write only `name`, so the split cannot differ between them):
--   surname    the first word           'алибеков'   of 'алибеков галым жан ерланулы'
--   first_name the second word ('' when there is none)        'галым'
--   rest       the words after the second, as in `name` ('')  'жан ерланулы'
alter table offence_protocol_names
    add column surname    text not null generated always as (split_part(name, ' ', 1)) stored,
    add column first_name text not null generated always as (split_part(name, ' ', 2)) stored,
    add column rest       text not null generated always as (
        substr(name, length(split_part(name, ' ', 1)) + length(split_part(name, ' ', 2)) + 3)) stored;

-- The region (the first two digits of every unit, UnitCode) leads, so that a jurisdiction (a region
-- or one of its departments) is an equality and the surname's prefix a range inside it; the first
-- name's prefix, the department (unit), the later words and the protocol come from the index tuple
-- (an index-only scan once the table is vacuumed: it is insert-only, autovacuum keeps its
-- visibility map); the latest limit+1 are then sorted from the few thousand entries of the range.
-- text_pattern_ops: a LIKE 'prefix%' becomes a range whatever the database's collation.
create index offence_protocol_names_by_words on offence_protocol_names
    (left(unit, 2), surname text_pattern_ops, first_name text_pattern_ops, created_at desc)
    include (unit, protocol_id, rest);
