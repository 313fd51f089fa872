-- Webhook deliveries (issue 23): one row per invoice event and endpoint, written in the transaction that dispatches
-- the event, beside the durable work instance (kind webhook-delivery, same id) that makes the attempts. The body is
-- frozen here, so every attempt and every replay sends the same bytes with the same webhook-id; the row keeps what
-- the attempts came to, so deliveries can be listed and replayed (admin webhook-deliveries).
create table webhook_deliveries (
    -- event id '.' preference id: the same event is never scheduled twice for one endpoint.
    id                text primary key,
    preference_id     text        not null,
    account_id        text        not null references accounts (id) on delete cascade,
    -- The webhook-id header and the payload's eventId.
    event_id          text        not null,
    event_name        text        not null,
    invoice_id        text        not null,
    object_version    bigint      not null,
    payload           bytea       not null,
    -- pending (an attempt is due at next_attempt_at), delivered or failed.
    state             text        not null default 'pending',
    -- Attempts since the delivery was scheduled or last replayed (the retry schedule counts from there).
    attempts          integer     not null default 0,
    -- How often an operator sent it again (admin webhook-deliveries replay).
    replays           integer     not null default 0,
    first_attempt_at  timestamptz,
    last_attempt_at   timestamptz,
    -- The receiver's status of the last attempt, or null when it gave no answer.
    last_status_code  integer,
    -- What the last attempt came to, for a person: 'HTTP 500', 'connection failed: ...', a refusal by the rules.
    last_error        text,
    next_attempt_at   timestamptz,
    delivered_at      timestamptz,
    failed_at         timestamptz,
    created_at        timestamptz not null,
    constraint webhook_delivery_state check (state in ('pending', 'delivered', 'failed'))
);

create index webhook_deliveries_account on webhook_deliveries (account_id, created_at desc, id);
create index webhook_deliveries_preference on webhook_deliveries (preference_id, created_at desc);
create index webhook_deliveries_invoice on webhook_deliveries (invoice_id);
-- Finished deliveries are kept 30 days for listing and replay, then purged by the hour.
create index webhook_deliveries_finished on webhook_deliveries (coalesce(delivered_at, failed_at))
    where state <> 'pending';

-- Since when the endpoint's attempts have failed with none succeeding: set by the first failed attempt, cleared
-- by a delivered one and when the endpoint is enabled again. Failing for 5 days disables the endpoint.
alter table webhook_preferences add column failing_since timestamptz;
