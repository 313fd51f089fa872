// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.Map;

/**
 * Identifiers of a record in other systems (bulk import, QuickBooks by realm, Stripe).
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ExternalIds}.
 */
public record ExternalIds(
    ExternalIdsBulkImport bulk, Map<String, ExternalIdsQuickbooksData> quickbooks, String stripe) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public ExternalIds {
    quickbooks = Copies.map(quickbooks);
  }
}
