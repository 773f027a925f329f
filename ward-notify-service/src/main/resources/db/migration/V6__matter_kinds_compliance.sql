-- NTF-2 to NTF-9: what each kind of matter needs beyond a title, wards and times.
alter table matter add column link varchar(2000);
alter table matter add column visit_by varchar(300);
alter table matter add column courtesy_visit boolean not null default false;
alter table matter add column parish_council varchar(300);
alter table matter add column withheld_reason varchar(2000);
alter table matter add column source_reference varchar(200);
-- NTF-2: a consultation registered after its start
alter table matter add column late boolean not null default false;
-- NTF-3: when delivery to every councillor was reported on notify.deliveries
alter table matter add column delivery_reported_at timestamptz;

-- HUB-6: who had to be told, fixed when they became concerned (registration, joining a ward, a ward added),
-- so the evidence survives later changes to the directory.
create table matter_recipient (
    matter_id       uuid          not null references matter (id) on delete cascade,
    councillor_id   varchar(64)   not null,
    display_name    varchar(200)  not null,
    concerned_since timestamptz   not null,
    why             varchar(40)   not null,
    removed_at      timestamptz,
    primary key (matter_id, councillor_id)
);
create index matter_recipient_by_councillor on matter_recipient (councillor_id);
create index matter_by_registered on matter (registered_at);

-- HUB-5: councillors may take informational matters (NTF-5 to NTF-9) as a daily digest.
create table councillor_preference (
    councillor_id   varchar(64)   primary key,
    daily_digest    boolean       not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);

create table digest_item (
    id              bigserial     primary key,
    councillor_id   varchar(64)   not null,
    matter_id       uuid          not null references matter (id) on delete cascade,
    source_event    varchar(200)  not null,
    template        varchar(60)   not null,
    queued_at       timestamptz   not null,
    -- the digest email that carried it (its notification's source event), once sent out
    digest_event    varchar(200),
    cancelled       boolean       not null default false,
    constraint digest_item_once unique (source_event, councillor_id)
);
create index digest_item_waiting on digest_item (councillor_id) where digest_event is null and not cancelled;
create index digest_item_by_matter on digest_item (matter_id);
