// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * Extra facts about an invoice: purchase order, invoice date, and why it or its payout is pending.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code InvoiceMetadata}.
 */
public record InvoiceMetadata(
    String depositNote,
    String invoiceDate,
    PayoutPendingReason payoutPendingReason,
    PendingStatusReason pendingStatusReason,
    String purchaseOrderNumber) {}
