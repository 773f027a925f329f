create sequence enquiry_reference_seq;

create table enquiry (
    id                          uuid          primary key,
    reference                   varchar(20)   not null unique,
    councillor_id               varchar(64)   not null,
    subject                     varchar(300)  not null,
    body                        varchar(20000) not null,
    service_area_code           varchar(20)   not null,
    ward_code                   varchar(20),
    category                    varchar(20)   not null,
    constituent_confidential    boolean       not null,
    do_not_copy                 boolean       not null,
    received_at                 timestamptz   not null,
    clock_starts_at             timestamptz   not null,
    due_at                      timestamptz   not null,
    assigned_officer_id         varchar(64)   not null,
    routing_reason              varchar(500)  not null,
    status                      varchar(30)   not null,
    escalation_level            integer       not null default 0
);
create index enquiry_by_councillor on enquiry (councillor_id, status);
create index enquiry_by_officer on enquiry (assigned_officer_id, status);
-- The chaser scans only what is open and due soon, not everything stored.
create index enquiry_open_by_due on enquiry (due_at) where status in ('ASSIGNED', 'HOLDING_REPLY_SENT');
