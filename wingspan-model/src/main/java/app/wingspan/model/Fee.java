// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * One fee: its amount and when it was calculated.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code Fee}.
 */
public record Fee(
    BigDecimal amount,
    String calculatedAt) {}
