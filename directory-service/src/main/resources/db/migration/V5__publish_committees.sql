-- Committees are published on the compacted directory.committees topic from now on (media-service reads their kinds
-- for MR-1 and MR-2). Those already in the directory go on the outbox once, as their current state, exactly as
-- CommitteeService would publish them; the relay sends them like any other event.
insert into outbox_message (id, topic, message_key, event_type, payload, created_at)
select gen_random_uuid(), 'directory.committees', code, 'liaison.directory.committee.v1',
       json_build_object('code', code, 'name', name, 'kind', kind)::text, now()
from committee
order by code;
