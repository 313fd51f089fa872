package app.wingspan.server.service;

import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.Store;
import java.time.Clock;

/**
 * The client-invoice services, wired on one store, one set of rules and one clock: what the HTTP
 * routes (and the demo data) call.
 */
public record Services(
    InvoiceQueries queries,
    InvoiceCreation creation,
    InvoiceUpdates updates,
    InvoicePayments payments) {

  /** How many decoded invoices to keep for changes (a few MB). */
  private static final long DECODED_INVOICES = 2_048;

  /** The decoded-invoice memo the services and {@link InvoiceWriter} share. */
  public static InvoiceDocuments.Decoded decodedMemo() {
    return new InvoiceDocuments.Decoded(DECODED_INVOICES);
  }

  /**
   * Wires the services.
   *
   * @param writer the write path, built on {@code decoded} (the settlement worker shares it)
   * @param payments the processor and settlement settings; null: {@code pay} answers 501
   */
  public static Services wire(
      Store store,
      InvoiceRules rules,
      Clock clock,
      InvoiceDocuments.Decoded decoded,
      InvoiceWriter writer,
      InvoicePayments.Settings payments) {
    ServiceClock time = new ServiceClock(clock);
    Idempotency idempotency = new Idempotency(store);
    InvoiceQueries queries = new InvoiceQueries(store, rules, time, decoded);
    return new Services(
        queries,
        new InvoiceCreation(store, rules, time, idempotency),
        new InvoiceUpdates(store, rules, time, decoded, writer, idempotency),
        new InvoicePayments(store, rules, time, decoded, writer, idempotency, queries, payments));
  }
}
