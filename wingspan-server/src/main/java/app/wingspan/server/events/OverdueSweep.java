package app.wingspan.server.events;

import app.wingspan.server.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Observes Open invoices past their due date and records an {@code overdue} event for each, once
 * per stay in Open. Nothing in the stored invoice changes (Overdue is how an Open invoice reads
 * after its due date), so no request causes this event: the server observes it on start and every
 * minute after, by its own clock (docs/events.md).
 */
public final class OverdueSweep {
  private final Store store;
  private final Clock clock;

  public OverdueSweep(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Records what is newly overdue by the clock now; returns how many invoices. */
  public int run() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return store.inTransaction(tx -> store.events().recordOverdue(tx, today, now));
  }
}
