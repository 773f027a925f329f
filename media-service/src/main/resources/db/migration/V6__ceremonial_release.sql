-- A release about a ceremonial event: only then may holders of the profile's ceremonial-only roles (the Mayor, in
-- seed 001) be quoted (media.ceremonial-only-roles; MR-1).
alter table media_release add column ceremonial boolean not null default false;
