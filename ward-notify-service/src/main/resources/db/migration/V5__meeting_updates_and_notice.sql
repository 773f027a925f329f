-- NTF-1: a public meeting changed or cancelled after its invitation, and how much notice it gave.
alter table matter add column updated_at timestamptz;
alter table matter add column cancelled_at timestamptz;
alter table matter add column cancellation_reason varchar(2000);
-- clear working days between registration (or the last change of time) and the day of the meeting
alter table matter add column notice_working_days integer;
alter table matter add column short_notice boolean not null default false;
create index matter_by_start on matter (starts_at) where status = 'ACTIVE';
create index matter_ward_by_ward on matter_ward (ward_code);
