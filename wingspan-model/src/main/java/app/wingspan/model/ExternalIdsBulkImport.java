// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * The key that merged a record during a bulk import.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ExternalIdsBulkImport}.
 */
public record ExternalIdsBulkImport(String bulkItemMergeKey) {}
