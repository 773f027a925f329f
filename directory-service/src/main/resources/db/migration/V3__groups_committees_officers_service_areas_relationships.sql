create table political_group (
    code        varchar(20)  primary key,
    name        varchar(200) not null,
    leader_id   uuid
);

create table committee (
    code        varchar(20)  primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null
);

alter table councillor add column term_start date;
alter table councillor add column term_end date;
alter table councillor add column preferred_contact varchar(20) not null default 'EMAIL';

-- A role held on a date range: a councillor is a committee chair *on a date* (MR-1 asks "on the issue date").
create table councillor_role (
    councillor_id   uuid         not null references councillor (id) on delete cascade,
    position        integer      not null,
    role            varchar(40)  not null,
    committee_code  varchar(20)  references committee (code),
    portfolio       varchar(200),
    from_date       date         not null,
    to_date         date,
    primary key (councillor_id, position),
    constraint councillor_role_dates check (to_date is null or to_date >= from_date)
);
create index councillor_role_by_role on councillor_role (role);

create table officer (
    id                      uuid         primary key,
    display_name            varchar(200) not null,
    email                   varchar(320) not null,
    phone                   varchar(40),
    job_title               varchar(200) not null,
    seniority               varchar(30)  not null,
    line_manager_id         uuid         references officer (id),
    politically_restricted  boolean      not null default false,
    work_days               varchar(80)  not null,
    work_start              time         not null,
    work_end                time         not null,
    status                  varchar(20)  not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create unique index officer_email_unique on officer (lower(email));
create index officer_politically_restricted on officer (politically_restricted) where politically_restricted;

create table officer_statutory_role (
    officer_id  uuid        not null references officer (id) on delete cascade,
    role        varchar(40) not null,
    primary key (officer_id, role)
);

create table officer_service_area (
    officer_id          uuid        not null references officer (id) on delete cascade,
    service_area_code   varchar(20) not null,
    primary key (officer_id, service_area_code)
);
create index officer_service_area_by_area on officer_service_area (service_area_code);

create table officer_absence (
    officer_id  uuid    not null references officer (id) on delete cascade,
    position    integer not null,
    from_date   date    not null,
    to_date     date    not null,
    primary key (officer_id, position),
    constraint officer_absence_dates check (to_date >= from_date)
);

create table service_area (
    code                    varchar(20)  primary key,
    name                    varchar(200) not null,
    key_contact_officer_id  uuid         not null references officer (id),
    head_of_service_id      uuid         not null references officer (id),
    director_id             uuid         not null references officer (id)
);

create table declared_relationship (
    id              uuid          primary key,
    councillor_id   uuid          not null references councillor (id),
    officer_id      uuid          not null references officer (id),
    kind            varchar(20)   not null,
    declared_on     date          not null,
    declared_to     varchar(200)  not null,
    notes           varchar(2000)
);
