-- Local replica of what routing needs from the directory (DIR-6), rebuilt from the compacted topics.
create table councillor_replica (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(320) not null,
    status          varchar(20)  not null
);

create table officer_replica (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(320) not null,
    seniority       varchar(30)  not null,
    line_manager_id varchar(64),
    status          varchar(20)  not null,
    work_days       varchar(80)  not null,
    work_start      time         not null,
    work_end        time         not null
);

create table officer_replica_absence (
    officer_id  varchar(64) not null references officer_replica (id) on delete cascade,
    position    integer     not null,
    from_date   date        not null,
    to_date     date        not null,
    primary key (officer_id, position)
);

create table service_area_replica (
    code                    varchar(20)  primary key,
    name                    varchar(200) not null,
    key_contact_officer_id  varchar(64)  not null,
    head_of_service_id      varchar(64)  not null,
    director_id             varchar(64)  not null
);

-- DIR-5: only the pair; never the kind of relationship or its notes.
create table conflict_replica (
    id              varchar(64) primary key,
    councillor_id   varchar(64) not null,
    officer_id      varchar(64) not null
);
create index conflict_replica_pair on conflict_replica (councillor_id, officer_id);
