-- ENQ-11 (P8): the statutory roles of each officer (the head of paid service and the monitoring officer decide or are
-- consulted under some profiles), and who the decline and the dispute decision say was consulted first.
create table officer_replica_statutory_role (
    officer_id      varchar(64)  not null references officer_replica (id) on delete cascade,
    role            varchar(30)  not null,
    primary key (officer_id, role)
);

alter table enquiry add column decline_consulted varchar(200);
alter table enquiry add column decline_consultation varchar(2000);
alter table enquiry add column dispute_consulted varchar(200);
alter table enquiry add column dispute_consultation varchar(2000);
alter table enquiry add column dispute_decider varchar(40);
