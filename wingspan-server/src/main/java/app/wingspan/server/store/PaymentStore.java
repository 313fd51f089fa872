package app.wingspan.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code payments} table: one row per attempt, and the queue of bank debits in transit that the
 * settlement worker drains.
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

  /**
   * The oldest debit in transit due by {@code now}, row-locked until {@code tx} ends. Rows another
   * transaction (of this or another server) holds are skipped, so replicas share the queue without
   * waiting on each other and never take the same row twice.
   */
  public Optional<PaymentRow> claimDueSettlement(Transaction tx, Instant now) {
    try {
      return Sql.first(
          tx.connection(),
          "select "
              + PaymentRow.COLUMNS
              + " from payments where state = 'in_transit' and settle_after <= ?"
              + " order by settle_after limit 1 for update skip locked",
          PaymentRow::read,
          now);
    } catch (SQLException e) {
      throw Sql.failure("claiming a settlement", e);
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
