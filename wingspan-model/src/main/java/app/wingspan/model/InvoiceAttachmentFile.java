// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * One file attached to an invoice.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceAttachmentFile}.
 */
public record InvoiceAttachmentFile(String fileName, String fileUrl) {}
