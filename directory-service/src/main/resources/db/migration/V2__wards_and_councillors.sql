create table ward (
    code        varchar(20)  primary key,
    name        varchar(200) not null
);

create table councillor (
    id                  uuid         primary key,
    display_name        varchar(200) not null,
    email               varchar(320) not null,
    phone               varchar(40),
    group_code          varchar(20),
    status              varchar(20)  not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
-- DIR-1 will check emails across councillors and officers; within councillors they are unique regardless of case.
create unique index councillor_email_unique on councillor (lower(email));

create table councillor_ward (
    councillor_id   uuid        not null references councillor (id) on delete cascade,
    ward_code       varchar(20) not null references ward (code),
    primary key (councillor_id, ward_code)
);
create index councillor_ward_by_ward on councillor_ward (ward_code);
