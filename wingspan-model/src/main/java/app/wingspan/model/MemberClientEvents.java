// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * When a member-client relationship became pending and active.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code MemberClientEvents}.
 */
public record MemberClientEvents(
    String activeAt,
    String pendingAt) {}
