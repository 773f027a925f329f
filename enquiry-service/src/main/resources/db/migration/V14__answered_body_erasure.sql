-- UK GDPR storage limitation: the text of an enquiry and of its reply is erased (set to NULL) once the enquiry has
-- been closed for longer than the council profile's casework.answered-body-retention; when is kept here, and a row
-- "erased by retention" in the casework audit (V13). Dates, routing, SLA figures and who answered stay.
alter table enquiry alter column body drop not null;
alter table enquiry add column body_erased_at timestamptz;
-- The erasure job scans only closed enquiries whose text is still held, by the moment they closed.
create index enquiry_bodies_held_by_closing on enquiry (coalesce(answered_at, closed_at))
    where body_erased_at is null and status in ('ANSWERED', 'CLOSED', 'DECLINED', 'WITHDRAWN');
