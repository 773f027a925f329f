-- NTF-2 under the council profile's notices.consultation.ward-councillors (P12): whether a consultation's ward
-- councillors are consulted on it (asked for their views, which are recorded with the evidence that they were told)
-- or told of it; and the views each consulted councillor gave.
alter table matter add column councillors_consulted boolean not null default false;
alter table matter_recipient add column views varchar(10000);
alter table matter_recipient add column views_given_at timestamptz;
