-- The database's ceiling for the uncached GET benchmark: the server's own read of one invoice
-- (Store.findInvoice: one statement, autocommit) on the seeded invoices. Variables: invoices (how many were
-- seeded), client (the client's account id). bench_ids (n, id) numbers the seeded invoices, since pgbench can
-- only pick numbers at random; the statement finds the id through it (one primary-key lookup more, no extra
-- round trip) where the server binds it.
\set n random(1, :invoices)
SELECT id, client_id, member_id, status, version, due_date, created_at, updated_at, document::text FROM invoices WHERE id = (SELECT id FROM bench_ids WHERE n = :n) AND client_id = :client;
