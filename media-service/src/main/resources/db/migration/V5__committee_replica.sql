-- Committees as directory-service publishes them on directory.committees: a COMMITTEE_CHAIR role is quoted only when
-- the kind of the committee it names is one the council profile lists (media.quotable-committee-chairs; MR-1, MR-2).
create table committee_replica (
    code            varchar(20)   primary key,
    name            varchar(200)  not null,
    kind            varchar(20)   not null
);
