-- Each protocol's current status, kept by the database as events are inserted, so that the jobs
-- acting on lapsed terms (entry into force, enforcement) read an index range instead of finding
-- every protocol's latest event. It is a projection of offence_protocol_events, not a registered
-- fact: it can be rebuilt from the events at any time (the backfill below is that rebuild). The
-- application may only read it; the trigger function writes it with its owner's rights.
create table offence_protocol_status (
    protocol_id  uuid        primary key references offence_protocols (id),
    status       text        not null,
    since        timestamptz not null,
    seq          integer     not null,
    -- a warning was decided at some step: such a protocol in force is never sent to enforcement
    warning      boolean     not null
);
create index offence_protocol_status_by_status on offence_protocol_status (status, since);
create index offence_protocol_status_fines_in_force on offence_protocol_status (since)
    where status = 'IN_FORCE' and not warning;
grant select on offence_protocol_status to ${app_role};

insert into offence_protocol_status (protocol_id, status, since, seq, warning)
select distinct on (e.protocol_id) e.protocol_id, e.to_status, e.at, e.seq,
       exists (select 1 from offence_protocol_events w
               where w.protocol_id = e.protocol_id and w.type = 'DECIDE_WARNING')
from offence_protocol_events e
order by e.protocol_id, e.seq desc;

create function ecase_project_protocol_status() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    insert into offence_protocol_status as s (protocol_id, status, since, seq, warning)
    values (new.protocol_id, new.to_status, new.at, new.seq, new.type = 'DECIDE_WARNING')
    on conflict (protocol_id) do update
        set status = excluded.status, since = excluded.since, seq = excluded.seq,
            warning = s.warning or excluded.warning
        where s.seq < excluded.seq;
    return null;
end
$$;
revoke all on function ecase_project_protocol_status() from public;

create trigger offence_protocol_events_project_status after insert on offence_protocol_events
    for each row execute function ecase_project_protocol_status();
