-- When the holiday list changes, open enquiries' due dates are recomputed; each change is kept with its reason.
create table enquiry_due_change (
    id              bigserial     primary key,
    enquiry_id      uuid          not null references enquiry (id),
    previous_due_at timestamptz   not null,
    new_due_at      timestamptz   not null,
    reason          varchar(500)  not null,
    changed_at      timestamptz   not null
);
create index enquiry_due_change_by_enquiry on enquiry_due_change (enquiry_id);
