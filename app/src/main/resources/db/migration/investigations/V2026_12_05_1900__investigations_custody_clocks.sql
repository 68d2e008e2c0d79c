-- Delivery and detention clocks (investigations, custody). The record and its steps are facts,
-- insert-only; a correction of the moment of restriction is a further step with its own row, the
-- original stays. custody_clock_state is the projection the sweep and the pages read: the current
-- moment, deadline and 75 % moment, and whether the 75 % alert and the overrun are done.

create table custody_clocks (
    id                 uuid          primary key,
    kind               varchar(10)   not null check (kind in ('DELIVERY', 'DETENTION')),
    unit               varchar(6)    not null,
    person_iin         char(12)      not null,
    restricted_at      timestamptz   not null,
    entered_at         timestamptz   not null,
    place              varchar(300)  not null,
    grounds            varchar(4000) not null,
    exceptional_ground varchar(30),
    reference          varchar(200),
    late_entry         boolean       not null,
    late_reason        varchar(1000),
    recorded_by        varchar(64)   not null,
    converted_from     uuid          references custody_clocks (id),
    check (not late_entry or late_reason is not null)
);

create table custody_clock_steps (
    clock_id        uuid        not null references custody_clocks (id),
    seq             integer     not null,
    type            varchar(30) not null,
    from_status     varchar(20) not null,
    to_status       varchar(20) not null,
    at              timestamptz not null,
    actor           varchar(64) not null,
    reasons         text        not null,
    receipt         bigint      not null,
    document_sha256 char(64),
    primary key (clock_id, seq)
);

create table custody_time_corrections (
    clock_id      uuid        not null,
    seq           integer     not null,
    restricted_at timestamptz not null,
    primary key (clock_id, seq),
    foreign key (clock_id, seq) references custody_clock_steps (clock_id, seq)
);

create trigger custody_clocks_append_only before update or delete on custody_clocks
    for each row execute function ecase_refuse_change();
create trigger custody_clocks_no_truncate before truncate on custody_clocks
    for each statement execute function ecase_refuse_change();
create trigger custody_clock_steps_append_only before update or delete on custody_clock_steps
    for each row execute function ecase_refuse_change();
create trigger custody_clock_steps_no_truncate before truncate on custody_clock_steps
    for each statement execute function ecase_refuse_change();
create trigger custody_time_corrections_append_only before update or delete on custody_time_corrections
    for each row execute function ecase_refuse_change();
create trigger custody_time_corrections_no_truncate before truncate on custody_time_corrections
    for each statement execute function ecase_refuse_change();

create table custody_clock_state (
    clock_id      uuid        primary key references custody_clocks (id),
    unit          varchar(6)  not null,
    kind          varchar(10) not null,
    status        varchar(20) not null,
    running       boolean     not null,
    minor         boolean     not null,
    restricted_at timestamptz not null,
    limit_key     varchar(60) not null,
    limit_value   varchar(20) not null,
    deadline      timestamptz not null,
    alert_at      timestamptz not null,
    alerted_at    timestamptz,
    overrun_at    timestamptz,
    recorded_by   varchar(64) not null
);
-- The sweep reads only clocks whose moment has come and whose alert or overrun is not done yet.
create index custody_clock_state_alert_due on custody_clock_state (alert_at)
    where running and alerted_at is null;
create index custody_clock_state_overrun_due on custody_clock_state (deadline)
    where running and overrun_at is null;
create index custody_clock_state_running on custody_clock_state (unit varchar_pattern_ops, deadline)
    where running;

grant select, insert on custody_clocks, custody_clock_steps, custody_time_corrections to ${app_role};
grant select, insert, update on custody_clock_state to ${app_role};
