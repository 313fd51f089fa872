-- The database's ceiling for the PATCH benchmark: the statement a PATCH runs on its usual path
-- (InvoiceStore.WRITE: the conditional update of the invoice's small state row, its history row and its
-- invoice events, one statement committed on its own), on the seeded invoices.
-- Variables: invoices (how many bench_patch_ids numbers), client (the client's account id), state (an
-- invoice state the server wrote in this run), changes (a history row the server wrote in this run), events
-- (the events of a PATCH the server wrote in this run, as the server passes them: a JSON array of
-- {kind, data}), kinds (the event kinds the server's consumers are told of, as a text[] literal: an event of
-- another kind is written dispatched, as the server writes it; docs/events.md).
-- bench_patch_ids (n, id) numbers the invoices pgbench alone writes (bench/run gives every writer a set of
-- its own), since pgbench can only pick numbers at random.
-- Differences from the server, each kept small on purpose:
-- * the server conditions the update on the version its invoice cache holds; pgbench does not know it, so
--   the statement reads it (with the id, through bench_patch_ids) inside the same statement: two primary-key
--   lookups more, no extra round trip;
-- * the state written is one the server wrote (the same size as the server's), and the times are now().
\set n random(1, :invoices)
WITH target AS (SELECT i.id, i.version FROM bench_patch_ids b JOIN invoices i ON i.id = b.id WHERE b.n = :n AND i.client_id = :client), updated AS (UPDATE invoices i SET status = i.status, version = t.version + 1, updated_at = now(), state = cast(:state AS json) FROM target t WHERE i.id = t.id AND i.version = t.version RETURNING i.id, i.client_id, i.member_id, i.version), history AS (INSERT INTO invoice_history (invoice_id, by_client, at, changes) SELECT id, true, now(), cast(:changes AS jsonb) FROM updated), events AS (INSERT INTO invoice_events (invoice_id, kind, at, version, client_id, member_id, by_client, data, dispatched_at) SELECT u.id, e.kind, x.at, u.version, u.client_id, u.member_id, true, e.data, CASE WHEN e.kind = any(x.kinds) OR '*' = any(x.kinds) THEN NULL ELSE x.at END FROM updated u CROSS JOIN (SELECT now() AS at, cast(:kinds AS text[]) AS kinds) x CROSS JOIN jsonb_to_recordset(cast(:events AS jsonb)) AS e(kind text, data jsonb)) SELECT count(*) FROM updated;
