package app.wingspan.server.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest committed version of recently used invoices, so a read need not ask PostgreSQL. Only
 * correct when this process is the only writer of invoices (the embedded database, whose data
 * directory one server owns): every write goes through {@link Store#inTransaction}, which tells
 * this cache what it committed.
 *
 * <p>Why a read never sees an older version than one already acknowledged:
 *
 * <ul>
 *   <li>A committed write replaces the entry before its response is sent, unless the entry is
 *       already newer.
 *   <li>A row read from the database is only remembered when no invoice write was running when the
 *       read began nor began since; that is checked inside the entry's atomic update, which a
 *       write's own update must queue behind. Otherwise a read that raced a write could put back
 *       the version the write replaced, for instance after that write's entry was evicted.
 *   <li>A write whose outcome is unknown (the commit failed midway, or the transaction failed after
 *       writing) leaves a tombstone: reads of that invoice go to the database, and only the next
 *       committed write, which had to lock the row after the unknown one ended, replaces it.
 *       Tombstones weigh nothing, so they are never evicted.
 *   <li>An invoice with a payment in transit is not cached at all: its settlement may be written by
 *       another server replica sharing the database (see {@code inTransit}).
 * </ul>
 */
final class InvoiceCache {
  /** Room for the documents of about 20,000 typical invoices (a full one is about 3 KB). */
  static final long DEFAULT_MAX_CHARS = 64L * 1024 * 1024;

  private static final int ENTRY_OVERHEAD_CHARS = 256;
  private static final Object TOMBSTONE = new Object();
  private static final String IN_TRANSIT = "PaymentInTransit";

  private final Cache<String, Object> entries;
  private final AtomicLong writesStarted = new AtomicLong();
  private final AtomicLong writesEnded = new AtomicLong();

  InvoiceCache(long maxChars) {
    entries =
        Caffeine.newBuilder()
            .maximumWeight(maxChars)
            .weigher(
                (String id, Object entry) ->
                    entry instanceof InvoiceRow row ? row.weight() + ENTRY_OVERHEAD_CHARS : 0)
            .build();
  }

  /** The cached row of {@code id}, or null when the database must be asked. */
  InvoiceRow find(String id) {
    return entries.getIfPresent(id) instanceof InvoiceRow row ? row : null;
  }

  /** Taken before a database read whose row may be remembered with {@link #remember}. */
  long readBegins() {
    long ended = writesEnded.get();
    long started = writesStarted.get();
    // A write in flight may commit a newer version than the read will see: such a read is not
    // remembered.
    return started == ended ? started : -1;
  }

  /** Remembers a row read from the database, if no invoice write ran since {@code ticket}. */
  void remember(InvoiceRow row, long ticket) {
    if (ticket < 0 || inTransit(row)) {
      return;
    }
    entries
        .asMap()
        .compute(
            row.id(),
            (id, cached) -> {
              if (writesStarted.get() != ticket || cached == TOMBSTONE) {
                return cached;
              }
              return cached instanceof InvoiceRow current && current.version() >= row.version()
                  ? current
                  : row;
            });
  }

  /** Called before a statement that writes an invoice is sent. */
  void writeBegins() {
    writesStarted.incrementAndGet();
  }

  /**
   * Called after a {@link #writeBegins} whose statement wrote nothing (a conditional write that
   * found the row at another version): no entry changes.
   */
  void writeEndsUnchanged() {
    writesEnded.incrementAndGet();
  }

  /**
   * Called once a transaction has ended, after its {@link #writeBegins} calls.
   *
   * @param rows what the transaction wrote
   * @param committed true when the commit succeeded; false when the outcome is failed or unknown
   */
  void writesEnd(List<InvoiceRow> rows, boolean committed) {
    try {
      for (InvoiceRow row : rows) {
        if (committed) {
          entries
              .asMap()
              .compute(
                  row.id(),
                  (id, cached) -> {
                    if (cached instanceof InvoiceRow current
                        && current.version() >= row.version()) {
                      return current;
                    }
                    return inTransit(row) ? null : row;
                  });
        } else {
          entries.put(row.id(), TOMBSTONE);
        }
      }
    } finally {
      writesEnded.addAndGet(rows.size());
    }
  }

  /**
   * An invoice with a payment in transit is never cached: its settlement may be applied by any
   * replica's worker, whose write this cache does not see. Its reads go to the database until a
   * write this process commits (or a database read of a later status) brings it back.
   */
  private static boolean inTransit(InvoiceRow row) {
    return IN_TRANSIT.equals(row.status());
  }

  /** Drops every entry, tombstones included: the next read of any invoice asks the database. */
  void clear() {
    entries.invalidateAll();
  }

  /** Entries held, tombstones included (for tests). */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }
}
