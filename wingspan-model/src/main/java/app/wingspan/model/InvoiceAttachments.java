// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * Files attached to an invoice, and links to its PDF, receipt and payment page.
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
