package app.wingspan.server.mail;

import app.wingspan.model.ClientInvoice;
import app.wingspan.server.events.SelectiveConsumer;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.EventRow;
import app.wingspan.server.store.InvoiceDocuments;
import app.wingspan.server.store.InvoiceRow;
import app.wingspan.server.store.Store;
import app.wingspan.server.store.Transaction;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the invoice events cause in mail, decided when the event is dispatched and scheduled as
 * durable work in that transaction ({@link InvoiceMailer}): sentAt, the invoice to the client and
 * CC addresses and the invoice's reminder chain; paidAt, a confirmation to each side; a failed
 * payment, a message to the client. Message-IDs come from the event's id, so a retried send keeps
 * its Message-ID.
 */
public final class MailEvents implements SelectiveConsumer {
  /** The kinds that cause mail; the dispatcher offers no other. */
  static final Set<String> KINDS = Set.of("sentAt", "paidAt", "paymentFailedAt");

  private final Store store;
  private final InvoiceMailer mailer;

  public MailEvents(Store store, InvoiceMailer mailer) {
    this.store = store;
    this.mailer = mailer;
  }

  @Override
  public Set<String> kinds() {
    return KINDS;
  }

  @Override
  public void onEvent(Transaction tx, EventRow event) {
    switch (event.kind()) {
      case "sentAt" -> sent(tx, event);
      case "paidAt" -> {
        message(tx, event, "paid-client", MailKind.PAID_TO_CLIENT, null);
        message(tx, event, "paid-member", MailKind.PAID_TO_MEMBER, null);
      }
      case "paymentFailedAt" ->
          message(tx, event, "payment-failed", MailKind.PAYMENT_FAILED, failureReason(event));
      default -> {
        // nothing to send
      }
    }
  }

  /** Wakes the durable work once the dispatch round that scheduled messages committed. */
  public void committed() {
    mailer.committed();
  }

  private void sent(Transaction tx, EventRow event) {
    message(tx, event, "invoice", MailKind.INVOICE, null);
    Optional<InvoiceRow> row = store.invoices().find(event.invoiceId(), event.clientId());
    if (row.isEmpty()) {
      return;
    }
    ClientInvoice invoice = InvoiceDocuments.decode(row.get());
    List<ReminderSchedule.Reminder> ahead = InvoiceMailer.schedule(invoice);
    if (!ahead.isEmpty()) {
      Instant first = ahead.get(0).at();
      mailer.scheduleReminders(tx, event.invoiceId(), event.clientId(), first);
    }
  }

  private void message(
      Transaction tx, EventRow event, String suffix, MailKind kind, String failureReason) {
    mailer.scheduleMessage(
        tx, event.id() + "." + suffix, kind, event.invoiceId(), event.clientId(), failureReason);
  }

  private static String failureReason(EventRow event) {
    if (event.dataJson() == null) {
      return "the payment was declined";
    }
    try {
      JsonNode reason =
          ServerJson.mapper().readTree(event.dataJson()).path("payment").path("reason");
      return reason.isTextual() && !reason.asText().isBlank()
          ? reason.asText()
          : "the payment was declined";
    } catch (java.io.IOException e) {
      return "the payment was declined";
    }
  }
}
