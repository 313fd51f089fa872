package app.wingspan.server.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events a webhook can subscribe to, named as Wingspan names them, each with what it means:
 * what {@code GET /integrations/webhooks/eventnames} lists.
 */
public final class EventNames {

  /** The entity name of every invoice event; its {@code data} is the invoice. */
  public static final String INVOICE_ENTITY = "Invoice";

  /** Event name to meaning, in the order listed. */
  public static final Map<String, String> INVOICE_EVENTS = invoiceEvents();

  /**
   * The invoice event kind (docs/events.md) each webhook event is delivered on. {@code
   * Invoice.Opened} is the payer's first view of the invoice ({@code emailViewedAt}), not {@code
   * openedAt}: that one is written by the send itself, so it would only repeat {@code
   * Invoice.Sent}. A PATCH to Paid writes {@code paidAt} as a payment does, so both are one {@code
   * Invoice.Paid}.
   */
  private static final Map<String, String> BY_KIND =
      Map.of(
          "sentAt", "Invoice.Sent",
          "emailViewedAt", "Invoice.Opened",
          "paymentInTransitAt", "Invoice.PaymentInTransit",
          "paidAt", "Invoice.Paid",
          "paymentFailedAt", "Invoice.PaymentFailed",
          "cancelledAt", "Invoice.Cancelled",
          "overdue", "Invoice.Overdue");

  private EventNames() {}

  /** Whether a name is one a preference may subscribe to. */
  public static boolean isKnown(String eventName) {
    return INVOICE_EVENTS.containsKey(eventName);
  }

  /** The webhook event an invoice event of {@code kind} is delivered as, if it is one. */
  public static java.util.Optional<String> forKind(String kind) {
    return java.util.Optional.ofNullable(BY_KIND.get(kind));
  }

  /** The invoice event kinds that are delivered as webhook events. */
  public static java.util.Set<String> kinds() {
    return BY_KIND.keySet();
  }

  private static Map<String, String> invoiceEvents() {
    Map<String, String> events = new LinkedHashMap<>();
    events.put("Invoice.Sent", "the invoice was sent to the client (it left Draft)");
    events.put("Invoice.Opened", "the client opened the invoice's page for the first time");
    events.put(
        "Invoice.PaymentInTransit", "a bank payment was made and is settling (PaymentInTransit)");
    events.put("Invoice.Paid", "the invoice was paid in full");
    events.put("Invoice.PaymentFailed", "a card was declined or a bank payment did not settle");
    events.put("Invoice.Cancelled", "the invoice was cancelled");
    events.put("Invoice.Overdue", "the invoice's due date passed while it was open");
    return java.util.Collections.unmodifiableMap(events);
  }
}
