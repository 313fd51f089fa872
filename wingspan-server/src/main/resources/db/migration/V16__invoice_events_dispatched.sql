-- The event dispatcher (app.wingspan.server.events.EventDispatcher) hands every invoice event to its consumers (mail,
-- and whatever comes next) exactly once across replicas: it claims undispatched rows in seq order with FOR UPDATE
-- SKIP LOCKED, lets each consumer schedule its durable work in that transaction, and sets dispatched_at in it too.
alter table invoice_events add column dispatched_at timestamptz;

-- Events written before dispatching existed caused nothing then and must cause nothing now (no mail for an invoice
-- sent last month): they count as dispatched when this migration runs.
update invoice_events set dispatched_at = now();

-- The dispatcher's queue: only the few rows not dispatched yet.
create index invoice_events_undispatched on invoice_events (seq) where dispatched_at is null;
