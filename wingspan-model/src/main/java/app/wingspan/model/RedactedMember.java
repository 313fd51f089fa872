// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A Wingspan member as another party may see it: user and profile, with sensitive data removed.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code RedactedMember}.
 */
public record RedactedMember(RedactedUser user, MemberProfile profile) {}
