-- One database per service (SPEC "Shape"); each service migrates its own with Flyway.
create database directory;
create database enquiry;
create database notify;
create database media;
