package app.wingspan.server.events;

import app.wingspan.server.store.EventRow;
import app.wingspan.server.store.Transaction;

/**
 * Something the invoice events cause (mail, webhooks): told of each event once, by {@link
 * EventDispatcher}, inside the transaction that marks the event dispatched.
 */
@FunctionalInterface
public interface EventConsumer {
  /**
   * Decides what {@code event} causes and schedules it as durable work on {@code tx} (so the work
   * exists exactly when the event is marked dispatched). Slow work (sending) belongs in that
   * durable work, not here. Throwing leaves the event undispatched, to be offered again.
   */
  void onEvent(Transaction tx, EventRow event);
}
