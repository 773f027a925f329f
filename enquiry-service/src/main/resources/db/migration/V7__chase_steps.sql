-- ENQ-8: each chase step fires exactly once per enquiry and target date, whatever the number of instances:
-- the step is claimed by inserting its row, in the same transaction that publishes its event.
create table chase_step (
    enquiry_id      uuid          not null references enquiry (id),
    step            varchar(40)   not null,
    target_due_at   timestamptz   not null,
    fired_at        timestamptz   not null,
    primary key (enquiry_id, step, target_due_at)
);
