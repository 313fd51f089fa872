// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A document exchanged between a member and a client, with its review state.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code DocumentResponse}.
 */
public record DocumentResponse(
    String clientId,
    String documentId,
    String memberId,
    DocumentStatus status,
    String templateId,
    String title,
    UserRoles userRoles,
    DocumentEvents events,
    DocumentFiles files) {}
