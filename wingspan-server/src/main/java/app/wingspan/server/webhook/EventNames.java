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

  private EventNames() {}

  /** Whether a name is one a preference may subscribe to. */
  public static boolean isKnown(String eventName) {
    return INVOICE_EVENTS.containsKey(eventName);
  }

  private static Map<String, String> invoiceEvents() {
    Map<String, String> events = new LinkedHashMap<>();
    events.put("Invoice.Sent", "the invoice was sent to the client (it left Draft)");
    events.put("Invoice.Opened", "the client opened the invoice for the first time");
    events.put(
        "Invoice.PaymentInTransit", "a bank payment was made and is settling (PaymentInTransit)");
    events.put("Invoice.Paid", "the invoice was paid in full");
    events.put("Invoice.PaymentFailed", "a card was declined or a bank payment did not settle");
    events.put("Invoice.Cancelled", "the invoice was cancelled");
    events.put("Invoice.Overdue", "the invoice's due date passed while it was open");
    return java.util.Collections.unmodifiableMap(events);
  }
}
