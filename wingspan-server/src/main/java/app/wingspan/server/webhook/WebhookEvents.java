package app.wingspan.server.webhook;

import app.wingspan.server.events.SelectiveConsumer;
import app.wingspan.server.http.AttachmentLinks;
import app.wingspan.server.invoice.InvoiceRules;
import app.wingspan.server.service.InvoiceQueries;
import app.wingspan.server.store.DeliveryRow;
import app.wingspan.server.store.EventRow;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import app.wingspan.server.store.WebhookRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the invoice events cause in webhooks, decided when the event is dispatched: for an event
 * that is a webhook event ({@link EventNames#forKind}), one delivery for each Active endpoint of
 * the invoice's client and member subscribed to it, scheduled in the dispatching transaction with
 * the body frozen then (the invoice as a GET answers it at that moment, and that version).
 */
public final class WebhookEvents implements SelectiveConsumer {
  private final Store store;
  private final InvoiceRules rules;
  private final WebhookDeliveries deliveries;
  private final Clock clock;
  private final Supplier<AttachmentLinks> links;

  /**
   * @param links the links a GET adds to an invoice's {@code attachments} (its page, its PDFs), so
   *     {@code data} is what a GET answers; known once the HTTP side has started
   */
  public WebhookEvents(
      Store store,
      InvoiceRules rules,
      WebhookDeliveries deliveries,
      Clock clock,
      Supplier<AttachmentLinks> links) {
    this.store = store;
    this.rules = rules;
    this.deliveries = deliveries;
    this.clock = clock;
    this.links = links;
  }

  /**
   * The kinds some webhook event is delivered on: the others (a fee-handling change, the bare
   * status move) are written already dispatched when no other consumer wants them either.
   */
  @Override
  public Set<String> kinds() {
    return EventNames.kinds();
  }

  @Override
  public void onEvent(Transaction tx, EventRow event) {
    Optional<String> eventName = EventNames.forKind(event.kind());
    if (eventName.isEmpty()) {
      return;
    }
    Set<String> accounts = new LinkedHashSet<>();
    accounts.add(event.clientId());
    accounts.add(event.memberId());
    List<WebhookRow> endpoints = store.webhooks().activeSubscribers(tx, accounts, eventName.get());
    if (endpoints.isEmpty()) {
      return;
    }
    Optional<InvoiceRow> invoice = store.invoices().find(event.invoiceId(), event.clientId());
    if (invoice.isEmpty()) {
      return;
    }
    InvoiceRow row = invoice.get();
    if (row.version() < event.version()) {
      // A read older than the event (a stale cache): leave the event for the next round.
      throw new IllegalStateException(
          "invoice " + row.id() + " read at version " + row.version() + " < " + event.version());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    AttachmentLinks attachments = links.get();
    byte[] stored =
        InvoiceQueries.documentAsSeen(rules, row, LocalDate.ofInstant(now, ZoneOffset.UTC));
    byte[] data = attachments == null ? stored : attachments.attach(row.id(), stored);
    byte[] payload =
        WebhookPayload.invoiceEvent(
            event.id(), eventName.get(), event.at(), row.version(), row.id(), data);
    for (WebhookRow endpoint : endpoints) {
      deliveries.schedule(
          tx,
          DeliveryRow.scheduled(
              event.id(),
              endpoint.id(),
              endpoint.accountId(),
              eventName.get(),
              row.id(),
              row.version(),
              payload,
              now));
    }
  }
}
