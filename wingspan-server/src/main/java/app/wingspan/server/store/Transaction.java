package app.wingspan.server.store;

import java.sql.Connection;
import java.util.List;

/**
 * One read-committed transaction of {@link Store#inTransaction}: the connection it runs on, which
 * the table stores' methods take. It runs no statements itself; it tells the invoice cache of every
 * invoice written, so the cache can forget or keep them once the transaction has ended.
 */
public final class Transaction {
  private final Connection connection;
  private final InvoiceCache cache;
  private final List<InvoiceRow> written;

  Transaction(Connection connection, InvoiceCache cache, List<InvoiceRow> written) {
    this.connection = connection;
    this.cache = cache;
    this.written = written;
  }

  /**
   * The connection this transaction runs on: the table stores' methods use it, and so may a library
   * that must write in the same transaction (durable work scheduled by the change that causes it).
   * Not to be closed or committed.
   */
  public Connection connection() {
    return connection;
  }

  /** Notes that {@code row} is about to be written in this transaction. */
  void writing(InvoiceRow row) {
    written.add(row);
    if (cache != null) {
      cache.writeBegins();
    }
  }
}
