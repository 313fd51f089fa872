// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A user's phone number.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 7996a6815c717c0e93865680b5cd47dec90314e97e4e7282bed7fc2f367bc051}.
 */
public record UserPhone(String number) {}
