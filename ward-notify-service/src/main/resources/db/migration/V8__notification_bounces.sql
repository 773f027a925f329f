-- HUB-2: an email the relay accepted can still bounce; the delivery report read from the bounce mailbox makes it
-- BOUNCED, with the reason, and members' services can send it again.
alter table notification add column bounced_at timestamptz;
alter table notification add column bounce_reason varchar(2000);
