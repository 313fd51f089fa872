-- The client-invoice service's schema. Invoices are kept as the wire document (jsonb) plus the few columns
-- that queries filter, order or lock on; money lives inside the document as JSON numbers (exact decimals).

create table accounts (
    id          text primary key,
    kind        text not null check (kind in ('member', 'client')),
    name        text,
    company     text,
    email       text,
    address     jsonb,
    logo_url    text,
    created_at  timestamptz not null default now()
);

-- Only the SHA-256 of a token is stored: a leaked table does not leak usable credentials.
create table api_tokens (
    token_hash  bytea primary key,
    account_id  text not null references accounts (id),
    created_at  timestamptz not null default now()
);
create index api_tokens_account on api_tokens (account_id);

create table member_clients (
    id          text primary key,
    member_id   text not null references accounts (id),
    client_id   text not null references accounts (id),
    created_at  timestamptz not null default now(),
    unique (member_id, client_id)
);

-- One row per member; incremented inside the transaction that sends an invoice, so numbers are sequential,
-- gapless among committed sends, and never reused.
create table invoice_counters (
    member_id   text primary key references accounts (id),
    last_number bigint not null
);

create table invoices (
    id          text primary key,
    client_id   text not null references accounts (id),
    member_id   text not null references accounts (id),
    status      text not null,
    version     bigint not null,
    due_date    date not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    document    jsonb not null
);
-- Keyset paging of a client's invoices, newest first.
create index invoices_client_newest on invoices (client_id, created_at desc, id desc);

create table invoice_history (
    id                bigint generated always as identity primary key,
    invoice_id        text not null references invoices (id),
    actor_account_id  text not null references accounts (id),
    at                timestamptz not null,
    changes           jsonb not null
);
create index invoice_history_invoice on invoice_history (invoice_id, id);

create table idempotency_keys (
    account_id       text not null references accounts (id),
    method           text not null,
    path             text not null,
    key              text not null,
    request_hash     bytea not null,
    state            text not null check (state in ('running', 'done')),
    response_status  integer,
    response_body    bytea,
    created_at       timestamptz not null default now(),
    primary key (account_id, method, path, key)
);
create index idempotency_keys_created on idempotency_keys (created_at);
