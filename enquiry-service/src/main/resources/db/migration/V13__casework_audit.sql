-- Issue 11: every time enquiry-service hands a caller the body (the enquiry's text or the reply's) of
-- constituent-confidential casework, who it was, as what, when, through which operation and which body; written in the
-- transaction of the read. Read by the monitoring officer and admins (GET /casework-audit, docs/access.md).
create table casework_audit (
    id              bigserial    primary key,
    enquiry_id      uuid         not null,
    enquiry_reference varchar(32) not null,
    action          varchar(30)  not null,
    at              timestamptz  not null,
    by_subject      varchar(200) not null,
    allowed_as      varchar(100) not null,
    operation       varchar(100) not null,
    bodies          varchar(40)  not null
);
create index casework_audit_enquiry on casework_audit (enquiry_id, id);
