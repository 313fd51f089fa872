-- The database's ceiling for the PATCH benchmark: the server's own PATCH transaction (Transaction.lockInvoice,
-- then Transaction.updateInvoice, then commit), statement for statement, on the seeded invoices.
-- Variables: invoices (how many were seeded), client (the client's account id, also the actor), changes (a
-- history row the server wrote in this run). bench_ids (n, id) numbers the seeded invoices, since pgbench can
-- only pick numbers at random.
-- Differences from the server, each kept small on purpose:
-- * the lock statement finds the id through bench_ids inside the same statement (one primary-key lookup
--   more, no extra round trip) where the server binds it;
-- * pgbench sends BEGIN on its own round trip (the JDBC driver sends it with the lock statement), and the
--   update and COMMIT together in one pipeline (the driver sends them one after the other), so both make three
--   round trips a transaction;
-- * the document written back is the one just read (the server's is the same size with one fee changed), and
--   updated_at and the history row's time are the row's previous updated_at (the server's is its clock).
\set n random(1, :invoices)
BEGIN;
SELECT id, client_id, member_id, status, version, due_date, created_at, updated_at, document::text FROM invoices WHERE id = (SELECT id FROM bench_ids WHERE n = :n) AND client_id = :client FOR UPDATE \gset
\set next :version + 1
\startpipeline
WITH updated AS (UPDATE invoices SET status = :status, version = :next, due_date = :due_date, updated_at = :updated_at, document = cast(:document AS json) WHERE id = :id AND version = :next - 1 RETURNING id) INSERT INTO invoice_history (invoice_id, actor_account_id, at, changes) SELECT id, :client, :updated_at, cast(:changes AS jsonb) FROM updated;
COMMIT;
\endpipeline
