// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * When each party signed a document.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code DocumentEvents}.
 */
public record DocumentEvents(
    String clientSignedAt,
    String memberSignedAt) {}
