-- Web sessions in PostgreSQL (Spring Session JDBC, identity/web/WebSessions): any node behind the
-- load balancer serves a signed-in user, and a session outlives the node that created it. Spring
-- Session's schema-postgresql.sql, lower-cased; Spring Boot's own schema initialisation is off.
-- Spring Session updates a session's last access time and attributes, deletes the session on
-- sign-out and the expired ones every minute: the application role gets full DML on these two
-- tables only (nothing of the procedure lives in them).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

grant select, insert, update, delete on spring_session, spring_session_attributes to ${app_role};
