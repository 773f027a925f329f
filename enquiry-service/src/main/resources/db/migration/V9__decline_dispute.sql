-- ENQ-11: a disputed decline goes to the chief executive, who upholds it or overturns it.
alter table enquiry add column dispute_grounds varchar(2000);
alter table enquiry add column disputed_at timestamptz;
alter table enquiry add column dispute_outcome varchar(20);
alter table enquiry add column dispute_explanation varchar(2000);
alter table enquiry add column dispute_decided_at timestamptz;
alter table enquiry add column dispute_decided_by varchar(64);
alter table enquiry add column declined_by varchar(64);

-- ENQ-8: a step whose moment has passed unsent (a due-soon reminder once the enquiry is already overdue, e.g. after
-- downtime) is settled without a message, so nobody is reminded of something already late.
alter table chase_step add column superseded boolean not null default false;
