-- Officers as directory-service publishes them: the hub holds their mail outside their working hours (HUB-3).
create table officer_replica (
    id              varchar(64)  primary key,
    display_name    varchar(200) not null,
    email           varchar(320) not null,
    status          varchar(20)  not null,
    work_days       varchar(100),
    work_start      time,
    work_end        time
);

-- Why an email is waiting, when it is (e.g. "quiet hours of the recipient until …").
alter table notification add column held_reason varchar(300);
