// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * QuickBooks identifiers an invoice is booked under.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 6d0791223791444911cf73db8aa3782fc7b1c0b614b1873468fbf7182f9f9a11}.
 */
public record InvoiceQuickbooksIntegration(
    String billClassId,
    String billCustomerId,
    String expenseAccountId,
    String invoiceClassId,
    String itemId) {}
