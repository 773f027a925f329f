-- Every change to the directory: who, when, which record, and its state before and after (the record as published on
-- its compacted topic). Read by the monitoring officer and admins (docs/access.md).
create table directory_change (
    id            bigserial    primary key,
    changed_at    timestamptz  not null,
    changed_by    varchar(200) not null,
    kind          varchar(20)  not null,
    record_key    varchar(64)  not null,
    changed_fields varchar(1000) not null,
    before_state  text,
    after_state   text
);
create index directory_change_record on directory_change (kind, record_key, id);
