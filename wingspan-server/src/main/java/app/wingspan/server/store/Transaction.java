package app.wingspan.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** The statements that run inside one transaction of {@link Store#inTransaction}. */
public final class Transaction {
  private final Handle h;
  private final InvoiceCache cache;
  private final List<InvoiceRow> written;

  /**
   * @param cache told of every invoice write before it is sent (null without a cache)
   * @param written collects the invoice rows this transaction writes, for the cache once it has
   *     ended
   */
  Transaction(Handle handle, InvoiceCache cache, List<InvoiceRow> written) {
    this.h = handle;
    this.cache = cache;
    this.written = written;
  }

  private void writing(InvoiceRow row) {
    written.add(row);
    if (cache != null) {
      cache.writeBegins();
    }
  }

  public Optional<Account> findAccount(String id) {
    return Store.findAccount(h, id);
  }

  /**
   * Reads and row-locks the client's invoice until the transaction ends: concurrent writers queue
   * here.
   */
  public Optional<InvoiceRow> lockInvoice(String id, String clientId) {
    return h.createQuery(
            "select "
                + Store.INVOICE_COLUMNS
                + " from "
                + Store.INVOICES
                + " where i.id = :id and i.client_id = :client for update of i")
        .bind("id", id)
        .bind("client", clientId)
        .map((rs, ctx) -> Store.invoice(rs))
        .findOne();
  }

  public void insertInvoice(InvoiceRow row) {
    writing(row);
    h.createUpdate(
            "with invoice as (insert into invoices (id, client_id, member_id, status, version, due_date,"
                + " created_at, updated_at, state) values (:id, :clientId, :memberId, :status, :version,"
                + " :dueDate, :createdAt, :updatedAt, cast(:state as json)) returning id)"
                + " insert into invoice_contents (invoice_id, content)"
                + " select id, cast(:content as json) from invoice")
        .bindMethods(row)
        .execute();
  }

  /**
   * Writes {@code next} over the row whose version is {@code next.version() - 1} and appends its
   * history row ({@link Store#updateInvoice}), inside this transaction.
   *
   * @param byClient true for a change the invoice's client asked for (the only account that can),
   *     false for one the system made (a settlement)
   * @throws IllegalStateException if the row changed underneath (it cannot while locked; a guard)
   */
  public void updateInvoice(InvoiceRow next, boolean byClient, Instant at, String changesJson) {
    writing(next);
    int updated;
    try {
      updated = Store.updateInvoice(h.getConnection(), next, byClient, at, changesJson);
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
    if (updated != 1) {
      throw new IllegalStateException("invoice " + next.id() + " changed underneath an update");
    }
  }

  /**
   * The member's next invoice number. The counter row stays locked until this transaction ends, so
   * concurrent sends of one member take turns and a rolled-back send gives its number back.
   */
  public long nextInvoiceNumber(String memberId) {
    return h.createQuery(
            "insert into invoice_counters (member_id, last_number) values (:member, 1)"
                + " on conflict (member_id) do update set last_number = invoice_counters.last_number + 1"
                + " returning last_number")
        .bind("member", memberId)
        .mapTo(Long.class)
        .one();
  }

  /** Inserts the member-client relationship unless it exists, and returns it (new or as it was). */
  public MemberClientRow insertRelationshipIfAbsent(String memberId, String clientId, Instant now) {
    h.createUpdate(
            "insert into member_clients (id, member_id, client_id, created_at) values (:id, :member, :client, :now)"
                + " on conflict (member_id, client_id) do nothing")
        .bind("id", Store.newId())
        .bind("member", memberId)
        .bind("client", clientId)
        .bind("now", now)
        .execute();
    return h.createQuery(
            "select id, member_id, client_id, created_at from member_clients"
                + " where member_id = :member and client_id = :client")
        .bind("member", memberId)
        .bind("client", clientId)
        .map(
            (rs, ctx) ->
                new MemberClientRow(
                    rs.getString(1), rs.getString(2), rs.getString(3), Store.instant(rs, 4)))
        .one();
  }

  /** Reads and row-locks an invoice by id alone (the settlement worker acts for no caller). */
  public Optional<InvoiceRow> lockInvoice(String id) {
    return h.createQuery(
            "select "
                + Store.INVOICE_COLUMNS
                + " from "
                + Store.INVOICES
                + " where i.id = :id for update of i")
        .bind("id", id)
        .map((rs, ctx) -> Store.invoice(rs))
        .findOne();
  }

  public void insertPayment(PaymentRow row) {
    h.createUpdate(
            "insert into payments ("
                + PaymentRow.COLUMNS
                + ") values (:id, :invoiceId, :clientId, :method,"
                + " :instrument, :currency, :amount, :cardFee, :clientFee, :memberFee, :charged, :memberNet,"
                + " :processor, :processorReference, :testMode, :state, :failureReason, :createdAt, :settleAfter,"
                + " :settledAt, :settledBy)")
        .bindMethods(row)
        .execute();
  }

  /**
   * The oldest debit in transit due by {@code now}, row-locked until this transaction ends. Rows
   * another transaction (of this or another server) holds are skipped, so replicas share the queue
   * without waiting on each other and never take the same row twice.
   */
  public Optional<PaymentRow> claimDueSettlement(Instant now) {
    return h.createQuery(
            "select "
                + PaymentRow.COLUMNS
                + " from payments where state = 'in_transit' and settle_after <= :now"
                + " order by settle_after limit 1 for update skip locked")
        .bind("now", now)
        .map((rs, ctx) -> PaymentRow.read(rs))
        .findOne();
  }

  /** Asks again at {@code when}: the processor does not know the debit's outcome yet. */
  public void postponeSettlement(String paymentId, Instant when) {
    h.createUpdate(
            "update payments set settle_after = :when where id = :id and state = 'in_transit'")
        .bind("id", paymentId)
        .bind("when", when)
        .execute();
  }

  /**
   * Ends a debit in transit as {@code settled} or {@code failed}.
   *
   * @throws IllegalStateException if the payment was not in transit (it is locked: a guard)
   */
  public void finishSettlement(
      String paymentId, String state, String failureReason, Instant at, String by) {
    int updated =
        h.createUpdate(
                "update payments set state = :state, failure_reason = :reason, settle_after = null,"
                    + " settled_at = :at, settled_by = :by where id = :id and state = 'in_transit'")
            .bind("id", paymentId)
            .bind("state", state)
            .bind("reason", failureReason)
            .bind("at", at)
            .bind("by", by)
            .execute();
    if (updated != 1) {
      throw new IllegalStateException("payment " + paymentId + " was not in transit at settlement");
    }
  }

  /** Records the response of a claimed idempotency key, committed with the work it answers for. */
  public void completeIdempotencyKey(IdempotencyKey key, int status, byte[] body) {
    complete(h, key, status, body);
  }

  /**
   * Records the response of a claimed idempotency key with the invoice version its {@code ETag}
   * names (a PATCH's answer), committed with the work it answers for.
   */
  public void completeIdempotencyKey(IdempotencyKey key, int status, byte[] body, long version) {
    h.createUpdate(
            "update idempotency_keys set state = 'done', response_status = :status,"
                + " response_body = :body, response_version = :version where "
                + Store.KEY_MATCH)
        .bindMethods(key)
        .bind("status", status)
        .bind("body", body)
        .bind("version", version)
        .execute();
  }

  static int complete(Handle h, IdempotencyKey key, int status, byte[] body) {
    return h.createUpdate(
            "update idempotency_keys set state = 'done', response_status = :status, response_body = :body"
                + " where "
                + Store.KEY_MATCH)
        .bindMethods(key)
        .bind("status", status)
        .bind("body", body)
        .execute();
  }
}
