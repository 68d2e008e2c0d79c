-- ecase connects as a role that owns nothing (${app_role}); migrations run as the owner.
-- Registered facts never change: a shared trigger function refuses UPDATE, DELETE and TRUNCATE on
-- the tables that hold them, whoever asks (even the owner); corrections are new rows.
grant usage on schema public to ${app_role};
grant select, insert, update on units, user_accounts to ${app_role};
grant select, insert, update, delete on login_throttle to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};

create function ecase_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'ecase: % on % is not allowed: registered facts are never changed or removed',
        tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
