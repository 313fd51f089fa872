-- The payer's page of an invoice is opened by a link whose token is a capability for that one invoice.
-- The token is never stored: it is derived (HMAC-SHA-256) from the server's page link key and the invoice's
-- random nonce, so every answer can carry the same link; lookups go by the token's SHA-256. Rotating a link
-- replaces the nonce and the hash, after which the old link finds nothing.
create table invoice_page_links (
    invoice_id  text primary key references invoices (id) on delete cascade,
    nonce       bytea not null check (length(nonce) = 16),
    token_hash  bytea not null unique check (length(token_hash) = 32),
    created_at  timestamptz not null,
    rotated_at  timestamptz
);

-- The key page link tokens are derived with when --page-link-key is not given: made once, shared by every
-- replica on the database. Given as a flag, the key stays out of the database, and a copy of the database
-- alone opens no page.
create table page_link_key (
    id          int primary key check (id = 1),
    secret      bytea not null check (length(secret) >= 32),
    created_at  timestamptz not null default now()
);
