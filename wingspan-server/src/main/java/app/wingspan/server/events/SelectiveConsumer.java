package app.wingspan.server.events;

import java.util.Set;

/**
 * An {@link EventConsumer} told only of some kinds of events. The dispatcher tells the store which
 * kinds its consumers are told of, and the statement that writes an event of a kind no consumer is
 * told of writes it already dispatched: no dispatcher claims it, calls nobody and updates its row
 * afterwards. A consumer that does not implement this is told of every kind.
 */
public interface SelectiveConsumer extends EventConsumer {
  /**
   * The event kinds ({@code invoice_events.kind}) this consumer acts on; others are not offered.
   */
  Set<String> kinds();
}
