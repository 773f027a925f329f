-- Wards as directory-service publishes them: a release or an election names only wards that exist.
create table ward_replica (
    code            varchar(20)   primary key,
    name            varchar(200)  not null
);
