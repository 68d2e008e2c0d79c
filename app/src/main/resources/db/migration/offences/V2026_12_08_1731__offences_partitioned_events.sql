-- Partitioned history (issue 16): offence_protocol_events becomes a table partitioned by RANGE of
-- its time (`at`), one partition a year. Yearly, not monthly: a protocol's steps are read by its id
-- (its page, its status, its bundle), which no time bound narrows, so such a read probes every
-- partition's primary key; a few million protocols a year nationally make 10-20 million steps, a
-- size one partition's index serves well, and a year is the unit of the archives' retention.
-- Old years can be detached to cheaper storage (docs/operations.md); their ledger entries stay
-- provable (ledger_leaves, ledger_nodes).
--
-- offence_protocols stays unpartitioned: six tables refer to it by id (payments, checkouts,
-- enforcement, particulars, status, names), and its number, payment reference and idempotency
-- key are unique across all years; a partitioned table can only enforce keys that include the
-- partition key, so every one of these would have to carry created_at. It is also the live
-- register (a protocol of 2020 may still be enforced), and its rows are small; the steps are what
-- grows.
--
-- The primary key must include `at`: (protocol_id, seq, at). The rule it kept, one step per
-- sequence number of a protocol, is now also enforced by the status projection's trigger, which
-- sees every insert: a step whose seq is not above the protocol's latest is refused with
-- unique_violation, as the key did (StepTable's callers take that as a concurrent step).

alter table offence_protocol_events rename to offence_protocol_events_before_partitioning;
alter index offence_protocol_events_pkey rename to offence_protocol_events_before_partitioning_pkey;
alter index offence_protocol_events_in_force rename to offence_protocol_events_before_partitioning_in_force;
alter table offence_protocol_events_before_partitioning
    rename constraint offence_protocol_events_protocol_id_fkey
    to offence_protocol_events_before_partitioning_protocol_id_fkey;

create table offence_protocol_events (
    protocol_id      uuid        not null references offence_protocols (id),
    seq              integer     not null,
    type             text        not null,
    from_status      text        not null,
    to_status        text        not null,
    at               timestamptz not null,
    actor            text        not null,
    reasons          text        not null,
    receipt          bigint      not null,
    document_sha256  char(64),
    primary key (protocol_id, seq, at)
) partition by range (at);
create index offence_protocol_events_in_force on offence_protocol_events (at)
    where to_status = 'IN_FORCE';

create trigger offence_protocol_events_append_only before update or delete on offence_protocol_events
    for each row execute function ecase_refuse_change();
create trigger offence_protocol_events_no_truncate before truncate on offence_protocol_events
    for each statement execute function ecase_refuse_change();
grant select, insert on offence_protocol_events to ${app_role};

-- The partitions of the year of `day` and the next (years begin at midnight Kazakhstan time, UTC+5).
-- Idempotent and safe on N nodes (advisory lock); returns how many it created.
create function ecase_protocol_event_partitions_ahead(day date) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    created integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('ecase_protocol_event_partitions'));
    for y in extract(year from day)::integer .. extract(year from day)::integer + 1 loop
        if ecase_partition_of('offence_protocol_events', 'at', format('offence_protocol_events_y%s', y),
                              make_date(y, 1, 1) || ' 00:00+05', make_date(y + 1, 1, 1) || ' 00:00+05') then
            created := created + 1;
        end if;
    end loop;
    return created;
end
$$;
revoke all on function ecase_protocol_event_partitions_ahead(date) from public;
grant execute on function ecase_protocol_event_partitions_ahead(date) to ${app_role};

create table offence_protocol_events_default partition of offence_protocol_events default;
create trigger offence_protocol_events_default_no_truncate before truncate on offence_protocol_events_default
    for each statement execute function ecase_refuse_change();

-- Partitions for every year that has steps, and this year and the next.
do $$
declare
    y integer;
begin
    for y in select distinct extract(year from at at time zone interval '+05:00')::integer
             from offence_protocol_events_before_partitioning loop
        perform ecase_partition_of('offence_protocol_events', 'at', format('offence_protocol_events_y%s', y),
                                   make_date(y, 1, 1) || ' 00:00+05', make_date(y + 1, 1, 1) || ' 00:00+05');
    end loop;
end
$$;
select ecase_protocol_event_partitions_ahead(current_date);

-- The steps copied: the status projection is already up to date, so its trigger is created after.
insert into offence_protocol_events (protocol_id, seq, type, from_status, to_status, at, actor,
                                     reasons, receipt, document_sha256)
select protocol_id, seq, type, from_status, to_status, at, actor, reasons, receipt, document_sha256
from offence_protocol_events_before_partitioning;

drop table offence_protocol_events_before_partitioning;

create or replace function ecase_project_protocol_status() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    insert into offence_protocol_status as s (protocol_id, status, since, seq, warning)
    values (new.protocol_id, new.to_status, new.at, new.seq, new.type = 'DECIDE_WARNING')
    on conflict (protocol_id) do update
        set status = excluded.status, since = excluded.since, seq = excluded.seq,
            warning = s.warning or excluded.warning
        where s.seq < excluded.seq;
    if not found then
        raise exception 'duplicate key value violates unique constraint "offence_protocol_events_pkey"'
            using errcode = 'unique_violation',
                  detail = format('Key (protocol_id, seq)=(%s, %s) already exists.',
                                  new.protocol_id, new.seq);
    end if;
    return null;
end
$$;

create trigger offence_protocol_events_project_status after insert on offence_protocol_events
    for each row execute function ecase_project_protocol_status();
