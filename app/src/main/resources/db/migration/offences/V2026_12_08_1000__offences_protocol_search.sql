-- Staff search over the protocols (docs/search.md): by IIN, plate and number the existing indexes
-- serve (offence_protocols_by_person, _by_plate, the number's unique index); by the person's name a
-- trigram index (pg_trgm) over the name as the population register gave it at registration
-- (offence_protocol_particulars.offender_name), folded so that Kazakh and Russian spellings, case
-- and punctuation do not matter: ecase_fold_name('Әлібеков Ғалым-Жан') = 'алибеков галым жан'.
-- The fold is kz.ecase.offences.domain.NameFold in Java (the query is folded the same way; a test
-- compares both): lower case, the Kazakh letters ә→а ғ→г қ→к ң→н ө→о ұ/ү→у һ→х і→и and ё→е,
-- anything but a-z, а-я and digits as one space. It names every letter itself (translate), so it
-- does not depend on the database's locale (lower() and [[:alpha:]] do in the C locale).
create extension if not exists pg_trgm;

create function ecase_fold_name(name text) returns text
    language sql immutable strict parallel safe as $$
    select btrim(regexp_replace(
        translate(name, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘәҒғҚқҢңӨөҰұҮүҺһІіёABCDEFGHIJKLMNOPQRSTUVWXYZ', 'абвгдеежзийклмнопрстуфхцчшщъыьэюяааггккннооууууххииеabcdefghijklmnopqrstuvwxyz'),
        '[^0-9a-zа-я]+', ' ', 'g'))
$$;

-- The names to search, one row per protocol whose person's name is known, with the protocol's unit
-- (the caller's jurisdiction is a prefix of it) and registration time (the latest first), so that
-- a search reads this narrow table and its index and joins the protocols only for the lines shown.
-- A projection of offence_protocol_particulars and offence_protocols, not a registered fact: the
-- trigger keeps it as particulars are inserted, the backfill below is its rebuild.
create table offence_protocol_names (
    protocol_id  uuid        primary key references offence_protocols (id),
    unit         varchar(6)  not null,
    created_at   timestamptz not null,
    name         text        not null
);
create index offence_protocol_names_trigrams on offence_protocol_names using gin (name gin_trgm_ops);
grant select on offence_protocol_names to ${app_role};

insert into offence_protocol_names (protocol_id, unit, created_at, name)
select p.id, p.unit, p.created_at, ecase_fold_name(n.offender_name)
from offence_protocol_particulars n join offence_protocols p on p.id = n.protocol_id
where n.offender_name is not null;

create function ecase_project_protocol_name() returns trigger
    language plpgsql security definer set search_path from current as $$
begin
    if new.offender_name is not null then
        insert into offence_protocol_names (protocol_id, unit, created_at, name)
        select p.id, p.unit, p.created_at, ecase_fold_name(new.offender_name)
        from offence_protocols p where p.id = new.protocol_id;
    end if;
    return null;
end
$$;
revoke all on function ecase_project_protocol_name() from public;

create trigger offence_protocol_particulars_project_name after insert on offence_protocol_particulars
    for each row execute function ecase_project_protocol_name();
