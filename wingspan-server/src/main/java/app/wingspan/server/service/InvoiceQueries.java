package app.wingspan.server.service;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceFeeCalculation;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.ListCursor;
import app.wingspan.server.store.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading invoices: one by id (decoded, or as the bytes a GET sends), a page of the caller's, and
 * the card fee. The caller is always the authenticated account; an invoice of another client does
 * not exist.
 */
public final class InvoiceQueries {
  private final Store store;
  private final InvoiceRules rules;
  private final ServiceClock clock;
  private final InvoiceDocuments.Decoded decoded;

  InvoiceQueries(
      Store store, InvoiceRules rules, ServiceClock clock, InvoiceDocuments.Decoded decoded) {
    this.store = store;
    this.rules = rules;
    this.clock = clock;
    this.decoded = decoded;
  }

  /** An invoice as the caller sees it today, with its version (the ETag). */
  public record Versioned(ClientInvoice invoice, long version) {}

  /** One page of invoices, and the cursor of the next page (null on the last). */
  public record Page(List<ClientInvoice> invoices, String nextCursor) {}

  /** The invoice as the caller sees it today, decoded; 404 when the caller cannot see it. */
  public Versioned getInvoice(Account caller, String invoiceId) {
    InvoiceRow row = visibleRow(caller, invoiceId);
    return new Versioned(rules.asSeen(decoded.of(row), clock.today()), row.version());
  }

  /**
   * The invoice as the caller sees it today, as the bytes a GET sends; 404 when the caller cannot
   * see it.
   */
  public Answer getDocument(Account caller, String invoiceId) {
    InvoiceRow row = visibleRow(caller, invoiceId);
    return new Answer(wireBytes(rules, row, clock.today()), row.version());
  }

  /**
   * Up to {@code limit} of the caller's invoices, newest first, after {@code cursor} (null for the
   * first page).
   *
   * @throws IllegalArgumentException if {@code cursor} is not one this server issued
   */
  public Page list(Account caller, String cursor, int limit) {
    ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
    List<InvoiceRow> rows = store.invoices().list(caller.id(), after, limit + 1);
    boolean more = rows.size() > limit;
    List<InvoiceRow> page = more ? rows.subList(0, limit) : rows;
    LocalDate today = clock.today();
    List<ClientInvoice> invoices = new ArrayList<>(page.size());
    for (InvoiceRow row : page) {
      invoices.add(rules.asSeen(InvoiceDocuments.decode(row), today));
    }
    String next = null;
    if (more) {
      InvoiceRow last = page.get(page.size() - 1);
      next = new ListCursor(last.createdAt(), last.id()).encode();
    }
    return new Page(invoices, next);
  }

  /** The client's share of the card fee on the invoice. */
  public InvoiceFeeCalculation fees(Account caller, String invoiceId) {
    return rules.fees(getInvoice(caller, invoiceId).invoice());
  }

  /** The caller's invoice row; 404, the same as for an id never issued, when it cannot see it. */
  private InvoiceRow visibleRow(Account caller, String invoiceId) {
    return store
        .findInvoice(invoiceId, caller.id())
        .orElseThrow(() -> ProblemException.notFound(invoiceId));
  }

  /**
   * The bytes a GET of the stored invoice answers {@code today}: for a webhook's {@code data}, so a
   * delivery carries the invoice exactly as the API shows it.
   */
  public static byte[] documentAsSeen(InvoiceRules rules, InvoiceRow row, LocalDate today) {
    return wireBytes(rules, row, today);
  }

  /**
   * The wire bytes of a stored invoice as seen {@code today}. Only an Open invoice past its due
   * date reads differently from how it is stored; every other document is sent as stored (the
   * server wrote both parts with the same mapper, so the bytes are a decode and re-encode's,
   * members in another order), which spares decoding and encoding on most reads.
   */
  static byte[] wireBytes(InvoiceRules rules, InvoiceRow row, LocalDate today) {
    if (InvoiceStatus.OPEN.value().equals(row.status()) && row.dueDate().isBefore(today)) {
      return InvoiceDocuments.encodeBytes(rules.asSeen(InvoiceDocuments.decode(row), today));
    }
    return row.document();
  }
}
