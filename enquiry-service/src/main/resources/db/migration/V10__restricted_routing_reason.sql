-- DIR-5 / ENQ-4: the routing reason everyone may read never names a declared relationship; the full reason, which
-- does, is kept apart and shown only to the monitoring officer and the chief executive.
alter table enquiry add column restricted_routing_reason varchar(1000);
update enquiry set restricted_routing_reason = routing_reason;
update enquiry set routing_reason = regexp_replace(routing_reason, 'has a declared relationship with the councillor', 'is unavailable', 'g');
