// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Extra facts about an invoice: purchase order, invoice date, and why it or its payout is pending.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceMetadata}.
 */
public record InvoiceMetadata(
    String depositNote,
    String invoiceDate,
    PayoutPendingReason payoutPendingReason,
    PendingStatusReason pendingStatusReason,
    String purchaseOrderNumber) {
  /**
   * {@code invoiceDate} as a {@link LocalDate}, parsed from the wire text; {@link #invoiceDate()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 date
   */
  public Optional<LocalDate> invoiceDateAsLocalDate() {
    return WireTime.date(invoiceDate);
  }
}
