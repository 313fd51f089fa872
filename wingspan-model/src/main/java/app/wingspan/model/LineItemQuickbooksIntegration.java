// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * QuickBooks identifiers a new line item is booked under.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 6ad3f4f624fb518510130e879729b00ed8c237d1cebc5477abf34ac340a6424d}.
 */
public record LineItemQuickbooksIntegration(String expenseAccountId, String itemId) {}
