alter table enquiry add column answered_at timestamptz;
alter table enquiry add column reply_body varchar(20000);
alter table enquiry add column copied_to varchar(2000);
alter table enquiry add column decline_reason varchar(40);
alter table enquiry add column decline_explanation varchar(2000);
alter table enquiry add column closed_at timestamptz;
