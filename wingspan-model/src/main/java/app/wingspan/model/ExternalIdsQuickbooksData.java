// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * A record's identity and sync state in one QuickBooks company.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code ExternalIdsQuickbooksData}.
 */
public record ExternalIdsQuickbooksData(
    String id,
    String syncToken,
    Boolean doCreate,
    Boolean doDelete,
    Boolean doUpdate,
    String updatedAt) {}
