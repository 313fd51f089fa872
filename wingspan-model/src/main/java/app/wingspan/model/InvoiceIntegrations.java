// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Links from an invoice (or one of its line items) to accounting integrations.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceIntegrations}.
 */
public record InvoiceIntegrations(InvoiceQuickbooksIntegration quickbooks) {}
