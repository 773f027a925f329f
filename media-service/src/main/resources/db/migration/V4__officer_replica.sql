-- Officers as directory-service publishes them, as far as signing in needs: who an email belongs to, and whether
-- they are still active (CallerResolution).
create table officer_replica (
    id              varchar(64)   primary key,
    email           varchar(320)  not null,
    status          varchar(20)   not null
);
create index officer_replica_email on officer_replica (lower(email));
