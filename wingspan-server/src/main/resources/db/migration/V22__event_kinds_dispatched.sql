-- The kinds of invoice events some consumer of the event dispatcher is told of (app.wingspan.server.events.
-- EventDispatcher): each dispatcher adds its consumers' kinds when it is built ('*' for a consumer told of every
-- kind), and never removes one (another replica may still consume it). An event of a kind not listed here is
-- written already dispatched (dispatched_at = its time) by the statement that writes it: nobody is told of it, so
-- the dispatcher need not claim it, call nobody and update its row afterwards. Before this, every fee-handling
-- PATCH's event was claimed and updated once more by the dispatcher (a non-HOT update, index churn and dead
-- tuples), which doubled PostgreSQL's CPU per PATCH (docs/benchmarks.md).
create table dispatched_event_kinds (
    kind text primary key
);
