-- P2, ENQ-5: what kind of issue the councillor says an enquiry is. A council profile may let a routine service query
-- (003 B §3.9), or anything short of a strategic or significant issue (000 §23.4), name a junior officer. Enquiries
-- raised before the question was asked are ordinary.
alter table enquiry add column significance varchar(30) not null default 'ORDINARY';
alter table enquiry add constraint enquiry_significance_known
    check (significance in ('ROUTINE_SERVICE_QUERY', 'ORDINARY', 'STRATEGIC_OR_SIGNIFICANT'));
