// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A Wingspan user as another party may see it.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code RedactedUser}.
 */
public record RedactedUser(
    String email,
    UserPhone phone,
    UserName profile,
    UserSettings settings,
    UserStatus status,
    String tag) {}
