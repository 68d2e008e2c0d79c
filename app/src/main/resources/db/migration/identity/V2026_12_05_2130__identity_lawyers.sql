-- Defence lawyers sign in to read the files of the cases they were admitted to: like citizens they
-- are known by IIN and belong to no unit.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
              where conrelid = 'user_accounts'::regclass and contype = 'c'
                and pg_get_constraintdef(oid) like '%CITIZEN%'
    loop
        execute format('alter table user_accounts drop constraint %I', c.conname);
    end loop;
end
$$;
alter table user_accounts
    add constraint user_accounts_role_known check (role in ('OFFICER', 'INVESTIGATOR', 'HEAD_OF_UNIT',
        'DUTY_PROSECUTOR', 'SUPERVISING_PROSECUTOR', 'ANALYST', 'ADMIN', 'CITIZEN', 'LAWYER')),
    add constraint user_accounts_person_has_iin check ((role in ('CITIZEN', 'LAWYER')) = (iin is not null)),
    add constraint user_accounts_staff_have_unit check (role in ('CITIZEN', 'LAWYER') or unit_id is not null);
