-- Units: regions and the departments inside them. A department's code starts with its region's.
create table units (
    id        bigint generated always as identity primary key,
    code      varchar(6)  not null unique check (code ~ '^([0-9]{2}|[0-9]{6})$'),
    kind      varchar(16) not null check (kind in ('REGION', 'DEPARTMENT')),
    parent_id bigint references units (id),
    name_kk   text        not null,
    name_ru   text        not null,
    name_en   text        not null,
    check ((kind = 'REGION') = (parent_id is null)),
    check ((kind = 'REGION') = (length(code) = 2))
);

-- Accounts. Usernames are stored lower-case; citizens have an IIN instead of a unit.
create table user_accounts (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null unique check (username = lower(username)),
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    role          varchar(32)  not null check (role in ('OFFICER', 'INVESTIGATOR', 'HEAD_OF_UNIT',
                      'DUTY_PROSECUTOR', 'SUPERVISING_PROSECUTOR', 'ANALYST', 'ADMIN', 'CITIZEN')),
    unit_id       bigint references units (id),
    iin           char(12),
    enabled       boolean      not null default true,
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    check ((role = 'CITIZEN') = (iin is not null)),
    check (role = 'CITIZEN' or unit_id is not null)
);

create unique index user_accounts_citizen_iin on user_accounts (iin) where iin is not null;

-- Wrong passwords per username, whether or not such an account exists.
create table login_throttle (
    username_key varchar(64) primary key,
    failures     int         not null,
    locked_until timestamptz,
    updated_at   timestamptz not null
);
