-- Payments of client invoices: one row per attempt (a declined card included), with the money it moved. Amounts
-- are exact decimals at scale 2; the checks restate the invariants the server computes them by.
create table payments (
    id                   text primary key,
    invoice_id           text not null references invoices (id),
    client_id            text not null references accounts (id),
    method               text not null check (method in ('card', 'ach')),
    -- The card or bank account as the processor names it; never a Plaid public token (a secret).
    instrument           text not null,
    currency             text not null,
    amount               numeric(20, 2) not null check (amount > 0),
    card_fee             numeric(20, 2) not null check (card_fee >= 0),
    client_fee           numeric(20, 2) not null check (client_fee >= 0),
    member_fee           numeric(20, 2) not null,
    charged              numeric(20, 2) not null check (charged = amount + client_fee),
    member_net           numeric(20, 2) not null check (member_net = amount - member_fee and member_net >= 0),
    processor            text not null,
    processor_reference  text,
    test_mode            boolean not null,
    state                text not null check (state in ('succeeded', 'declined', 'in_transit', 'settled', 'failed')),
    failure_reason       text,
    created_at           timestamptz not null,
    -- In transit only: when to ask the processor for the debit's outcome.
    settle_after         timestamptz,
    settled_at           timestamptz,
    -- Which server process applied the settlement (for operators; any replica may).
    settled_by           text,
    check (client_fee + member_fee = card_fee),
    check ((state = 'in_transit') = (settle_after is not null))
);
create index payments_invoice on payments (invoice_id, created_at);

-- The settlement queue: debits in transit by due time. Replicas take rows with FOR UPDATE SKIP LOCKED.
create index payments_due on payments (settle_after) where state = 'in_transit';

-- At most one live or completed payment per invoice: a second charge can never be recorded.
create unique index payments_one_per_invoice on payments (invoice_id) where state in ('succeeded', 'in_transit', 'settled');

-- History rows written by the system (a settlement) have no actor.
alter table invoice_history alter column actor_account_id drop not null;
