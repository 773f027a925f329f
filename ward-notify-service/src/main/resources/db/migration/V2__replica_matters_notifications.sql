-- Local replica of the directory, rebuilt from the compacted directory.* topics (DIR-6).
create table ward_replica (
    code        varchar(20)  primary key,
    name        varchar(200) not null
);

create table councillor_replica (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(320) not null,
    status          varchar(20)  not null
);

create table councillor_replica_ward (
    councillor_id   varchar(64) not null references councillor_replica (id) on delete cascade,
    ward_code       varchar(20) not null,
    primary key (councillor_id, ward_code)
);
create index councillor_replica_ward_by_ward on councillor_replica_ward (ward_code);

-- Ward matters registered by members' services (NTF-1 ... NTF-9).
create table matter (
    id              uuid          primary key,
    kind            varchar(40)   not null,
    title           varchar(300)  not null,
    description     varchar(10000),
    location        varchar(300),
    starts_at       timestamptz,
    ends_at         timestamptz,
    status          varchar(20)   not null,
    calendar_uid    varchar(200)  not null,
    calendar_sequence integer     not null default 0,
    registered_by   varchar(200)  not null,
    registered_at   timestamptz   not null
);

create table matter_ward (
    matter_id       uuid        not null references matter (id) on delete cascade,
    ward_code       varchar(20) not null,
    primary key (matter_id, ward_code)
);

-- Every outbound email of the suite. HUB-1: one per (source event, recipient).
create table notification (
    id              uuid          primary key,
    source_event    varchar(200)  not null,
    matter_id       uuid          references matter (id),
    recipient_id    varchar(64)   not null,
    recipient_email varchar(320)  not null,
    recipient_name  varchar(200)  not null,
    template        varchar(60)   not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    message_id      varchar(300),
    last_error      varchar(2000),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    constraint notification_once_per_event_and_recipient unique (source_event, recipient_id)
);
create index notification_due on notification (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index notification_by_matter on notification (matter_id);
