// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * Files attached to an invoice, and links to its PDF, receipt and payment page. This server sets
 * {@code invoiceLink} (the payer's page: read and pay this one invoice, no API token needed) and
 * {@code invoicePdf} once the invoice leaves Draft, and {@code receiptPdf} once it is Paid; a Draft
 * has none of them. They are absolute URLs on the server's public URL ({@code --public-url}). The
 * link is a capability: keep it as private as the invoice; replace it with {@code POST
 * .../rotate-link}.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceAttachments}.
 */
public record InvoiceAttachments(
    List<String> customAttachmentIds,
    List<InvoiceAttachmentFile> customAttachmentInfo,
    String invoiceLink,
    String invoicePdf,
    String receiptPdf) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public InvoiceAttachments {
    customAttachmentIds = Copies.list(customAttachmentIds);
    customAttachmentInfo = Copies.list(customAttachmentInfo);
  }
}
