-- Every state change of an invoice, as an event row written in the same statement (or transaction) as the
-- change itself: a change that commits has its events, a change that rolls back has none. This is what mail,
-- reminders and webhooks will consume. docs/events.md describes the kinds and how to consume them.
create table invoice_events (
    -- The consumer's order: grows with every insert. Not a commit order (a transaction that took a lower seq
    -- may commit after a higher one), so a consumer claims rows it has not handled yet rather than keeping
    -- only the highest seq it saw.
    seq         bigint generated always as identity primary key,
    -- The event's own id, for a consumer's deduplication (a webhook's event id).
    id          uuid not null default gen_random_uuid(),
    invoice_id  text not null references invoices (id) on delete cascade,
    -- created, status, creditFeeHandling, overdue, or the InvoiceEvents field the change set
    -- (sentAt, openedAt, cancelledAt, markedPaidAt, paidAt, paymentInTransitAt, paymentFailedAt, depositedAt).
    kind        text not null,
    -- The server's clock at the change (or, for overdue, when it was observed).
    at          timestamptz not null,
    -- The invoice version the change produced (for overdue: the version it was observed at).
    version     bigint not null,
    -- The accounts concerned: the invoice's client and member.
    client_id   text not null,
    member_id   text not null,
    -- Whether the invoice's client asked for the change (a request), or the system made it.
    by_client   boolean not null,
    -- What else the kind needs: a status move's from/to, the fee handling after, the payment it belongs to.
    data        jsonb
);

create index invoice_events_invoice on invoice_events (invoice_id, seq);

-- The overdue sweep's candidates. status and due_date do not change on a fee-handling PATCH, so that update
-- stays a heap-only one.
create index invoices_open_by_due_date on invoices (due_date) where status = 'Open';
