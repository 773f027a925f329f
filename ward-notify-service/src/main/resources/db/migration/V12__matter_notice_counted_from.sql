-- NTF-1: when the councillors were told of a public meeting's time (its registration, or the last change of its time),
-- so that its notice can be counted again when the council's calendar changes (a closure day added or taken away).
alter table matter add column notice_counted_from timestamptz;
-- A meeting never moved was told at registration; one moved since was told at a change this table did not keep, and
-- keeps the count it had.
update matter set notice_counted_from = registered_at
where kind = 'PUBLIC_MEETING' and notice_working_days is not null and calendar_sequence = 0;
