-- ENQ-10: the councillor's own consent to copying their casework (to any councillor, or to those listed; none listed
-- and not any: no consent, or consent withdrawn), recorded by the councillor with the time. The officer no longer
-- asserts it.
create table enquiry_copy_consent (
    enquiry_id      uuid         primary key references enquiry (id) on delete cascade,
    any_councillor  boolean      not null,
    councillor_ids  text         not null,
    recorded_at     timestamptz  not null,
    recorded_by     varchar(64)  not null
);

-- ENQ-10: the wards of each councillor, so that a ward-interest copy goes only to the enquiry's ward's councillors.
-- Filled as directory.councillors records arrive (the replica is rebuilt from the compacted topic).
create table councillor_replica_ward (
    councillor_id   varchar(64)  not null references councillor_replica (id) on delete cascade,
    ward_code       varchar(20)  not null,
    primary key (councillor_id, ward_code)
);
