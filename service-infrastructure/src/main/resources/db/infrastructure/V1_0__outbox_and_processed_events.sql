-- Shared by every service (each in its own database). Infrastructure migrations are numbered V1_x;
-- a service's own migrations start at V2.

-- Transactional outbox: written in the same transaction as the state change it announces,
-- published to Kafka afterwards by the relay. A row with published_at null is not yet on Kafka.
create table outbox_message (
    position        bigserial primary key,
    id              uuid         not null unique,   -- the CloudEvent id; consumers deduplicate on it
    topic           varchar(200) not null,
    message_key     varchar(200) not null,
    event_type      varchar(200) not null,
    payload         text,                           -- null = tombstone on a compacted topic
    created_at      timestamptz  not null,
    published_at    timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(2000)
);
create index outbox_message_unpublished on outbox_message (position) where published_at is null;

-- Idempotent consumer log: one row per (consumer, event id) handled, written in the handler's transaction.
create table processed_event (
    consumer        varchar(200) not null,
    event_id        varchar(200) not null,
    processed_at    timestamptz  not null,
    primary key (consumer, event_id)
);
