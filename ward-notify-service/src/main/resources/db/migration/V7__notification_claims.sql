-- HUB-1/HUB-2: a delivery batch claims its emails, talks to the relay with no transaction open, then records the
-- answers. The claim's expiry is on the database's clock, so a claim left by an instance that died is taken again.
alter table notification add column claim_token uuid;
alter table notification add column claimed_until timestamptz;
create index notification_claim on notification (claim_token) where claim_token is not null;
-- when the email was last handed to the relay (database clock), for a relay's rate limit (liaison.delivery.max-per-window)
alter table notification add column last_claimed_at timestamptz;
create index notification_last_claimed on notification (last_claimed_at) where last_claimed_at is not null;
