package app.wingspan.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code payments} table: one row per attempt. A bank debit in transit is settled by durable
 * work (kind {@code ach-settlement}, scheduled with the payment); {@code settle_after} records when
 * it is due.
 */
public final class PaymentStore {
  private final DataSource dataSource;

  PaymentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void insert(Transaction tx, PaymentRow row) {
    try {
      Sql.update(
          tx.connection(),
          "insert into payments ("
              + PaymentRow.COLUMNS
              + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.id(),
          row.invoiceId(),
          row.clientId(),
          row.method(),
          row.instrument(),
          row.currency(),
          row.amount(),
          row.cardFee(),
          row.clientFee(),
          row.memberFee(),
          row.charged(),
          row.memberNet(),
          row.processor(),
          row.processorReference(),
          row.testMode(),
          row.state(),
          row.failureReason(),
          row.createdAt(),
          row.settleAfter(),
          row.settledAt(),
          row.settledBy());
    } catch (SQLException e) {
      throw Sql.failure("inserting payment", e);
    }
  }

  /** The payments of an invoice, oldest first. */
  public List<PaymentRow> ofInvoice(String invoiceId) {
    return Sql.onConnection(
        dataSource,
        "reading payments",
        c ->
            Sql.list(
                c,
                "select "
                    + PaymentRow.COLUMNS
                    + " from payments where invoice_id = ? order by created_at, id",
                PaymentRow::read,
                invoiceId));
  }

  /** The ids of every bank debit in transit, oldest due first. */
  public List<String> inTransit() {
    return Sql.onConnection(
        dataSource,
        "reading payments in transit",
        c ->
            Sql.list(
                c,
                "select id from payments where state = 'in_transit' order by settle_after, id",
                rs -> rs.getString(1)));
  }

  /**
   * The debit {@code paymentId} if it is still in transit, row-locked until {@code tx} ends: a
   * second settlement of the same debit (a replica killed after settling it, the test kit's
   * settle-now) waits here and then finds it settled.
   */
  public Optional<PaymentRow> lockInTransit(Transaction tx, String paymentId) {
    try {
      return Sql.first(
          tx.connection(),
          "select "
              + PaymentRow.COLUMNS
              + " from payments where id = ? and state = 'in_transit' for update",
          PaymentRow::read,
          paymentId);
    } catch (SQLException e) {
      throw Sql.failure("locking a payment in transit", e);
    }
  }

  /** Asks again at {@code when}: the processor does not know the debit's outcome yet. */
  public void postponeSettlement(Transaction tx, String paymentId, Instant when) {
    try {
      Sql.update(
          tx.connection(),
          "update payments set settle_after = ? where id = ? and state = 'in_transit'",
          when,
          paymentId);
    } catch (SQLException e) {
      throw Sql.failure("postponing a settlement", e);
    }
  }

  /**
   * Ends a debit in transit as {@code settled} or {@code failed}.
   *
   * @throws IllegalStateException if the payment was not in transit (it is locked: a guard)
   */
  public void finishSettlement(
      Transaction tx, String paymentId, String state, String failureReason, Instant at, String by) {
    int updated;
    try {
      updated =
          Sql.update(
              tx.connection(),
              "update payments set state = ?, failure_reason = ?, settle_after = null,"
                  + " settled_at = ?, settled_by = ? where id = ? and state = 'in_transit'",
              state,
              failureReason,
              at,
              by,
              paymentId);
    } catch (SQLException e) {
      throw Sql.failure("finishing a settlement", e);
    }
    if (updated != 1) {
      throw new IllegalStateException("payment " + paymentId + " was not in transit at settlement");
    }
  }
}
