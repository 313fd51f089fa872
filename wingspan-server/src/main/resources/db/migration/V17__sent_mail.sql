-- Every invoice message the relay accepted or refused for good, by its Message-ID (derived from the event or the
-- reminder that caused it). The mail work looks here before sending, and writes here in the transaction that records
-- the message on the invoice (events.emailReceivedAt, events.sentDue...At, events.emailUndeliverableAt), so a work
-- instance run twice (a replica killed after that transaction) sends once. Only a crash between the relay's accept
-- and that commit sends a message twice, with the same Message-ID.
create table sent_mail (
    message_id  text primary key,
    invoice_id  text not null references invoices (id) on delete cascade,
    -- The MailKind: INVOICE, DUE_TODAY, PAID_TO_CLIENT, ...
    kind        text not null,
    -- accepted or undeliverable
    outcome     text not null,
    -- The server's clock when the outcome was recorded.
    at          timestamptz not null,
    -- The relay's answer or the file written (never a password).
    detail      text
);

create index sent_mail_invoice on sent_mail (invoice_id);
