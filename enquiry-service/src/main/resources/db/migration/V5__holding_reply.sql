alter table enquiry add column holding_reply_reason varchar(2000);
alter table enquiry add column holding_reply_at timestamptz;
alter table enquiry add column original_due_at timestamptz;
