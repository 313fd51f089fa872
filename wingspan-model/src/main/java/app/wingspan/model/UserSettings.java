// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A user's account settings.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 9e97e63e736df301658ebeeab7f4fe84f3aeaa73800d3e4863801a3eb026df4b}.
 */
public record UserSettings(UserAccountType userAccountType) {}
