// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * A member's dispute of the amount on a 1099 form.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code 8a9c6cb49482a98cdd603ff09858cdc3e5ef6ad9807c876c4161d925a96694a5}.
 */
public record Form1099Dispute(BigDecimal amount, String comment, Form1099DisputeStatus status) {}
