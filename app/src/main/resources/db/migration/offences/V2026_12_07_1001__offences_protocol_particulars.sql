-- What the paper of a protocol says beyond the register's columns, written with the protocol and
-- never changed: the language the person chose, the person's name and birth date as the population
-- register answered before registration (null: it did not answer), and the person's explanation or
-- their refusal to give one. Decisions on the protocol are printed from the same facts.
create table offence_protocol_particulars (
    protocol_id         uuid primary key references offence_protocols (id),
    language            varchar(2)  not null check (language in ('kk', 'ru')),
    offender_name       varchar(300),
    offender_birth_date date,
    explanation         text,
    explanation_refused boolean     not null default false,
    check (not (explanation_refused and explanation is not null))
);

create trigger offence_protocol_particulars_insert_only
    before update or delete on offence_protocol_particulars
    for each statement execute function ecase_refuse_change();

grant select, insert on offence_protocol_particulars to ${app_role};
