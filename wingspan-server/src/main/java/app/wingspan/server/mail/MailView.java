package app.wingspan.server.mail;

import java.util.List;

/**
 * The values a message shows, already formatted for a person (amounts with their currency, dates
 * spelled out). Templates escape every one of them; nothing here is trusted markup.
 *
 * @param memberName who is billing
 * @param clientName who is billed
 * @param invoiceNumber the invoice's number
 * @param amount the invoice's total, e.g. {@code $1,234.50}
 * @param amountCharged what the client was charged (the total plus any card fee the client bears)
 * @param dueDate the due date, e.g. {@code December 31, 2026}
 * @param paidDate when it was paid, or null
 * @param failureReason why a payment failed, or null
 * @param link the invoice page's absolute URL, or null when the invoice has none
 * @param lineItems each line: description and amount
 */
public record MailView(
    String memberName,
    String clientName,
    String invoiceNumber,
    String amount,
    String amountCharged,
    String dueDate,
    String paidDate,
    String failureReason,
    String link,
    List<Line> lineItems) {

  public MailView {
    lineItems = List.copyOf(lineItems);
  }

  /**
   * One line item as shown.
   *
   * @param description what it is
   * @param amount its total
   */
  public record Line(String description, String amount) {}
}
