-- ENQ-2 / NTF-1: enquiry-service's imported bank holidays and closure days as it last published them on the compacted
-- calendar.non-working-days (one record, the whole list as JSON), so notice and compliance count the same days as the
-- SLA clock.
create table non_working_days_replica (
    id varchar(40) primary key,
    record text not null,
    updated_at timestamptz not null
);
