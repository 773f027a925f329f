-- One database per service (SPEC "Shape"), each owned by that service's own user, which no other service's user may
-- connect to; each service migrates its own with Flyway. TRY-OUT ONLY: these passwords are public (compose.yaml).
-- Run once, when the postgres-data volume is new.
create user directory_service password 'compose-only-directory-db';
create user enquiry_service password 'compose-only-enquiry-db';
create user notify_service password 'compose-only-ward-notify-db';
create user media_service password 'compose-only-media-db';
create database directory owner directory_service;
create database enquiry owner enquiry_service;
create database notify owner notify_service;
create database media owner media_service;
revoke connect on database directory, enquiry, notify, media from public;
grant connect on database directory to directory_service;
grant connect on database enquiry to enquiry_service;
grant connect on database notify to notify_service;
grant connect on database media to media_service;
