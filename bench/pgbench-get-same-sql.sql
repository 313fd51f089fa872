-- The database's ceiling for the uncached GET benchmark: the server's own read of one invoice
-- (Store.findInvoice: one statement, autocommit: the invoice's row joined with its content) on the seeded
-- invoices. Variables: invoices (how many were seeded), client (the client's account id). bench_ids (n, id)
-- numbers the seeded invoices, since pgbench can only pick numbers at random; the statement finds the id
-- through it (one primary-key lookup more, no extra round trip) where the server binds it.
\set n random(1, :invoices)
SELECT i.id, i.client_id, i.member_id, i.status, i.version, i.due_date, i.created_at, i.updated_at, c.content::text, i.state::text FROM invoices i JOIN invoice_contents c ON c.invoice_id = i.id WHERE i.id = (SELECT id FROM bench_ids WHERE n = :n) AND i.client_id = :client;
