// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * How a late fee is charged on an overdue invoice: a fixed amount or a percentage, on a schedule.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code LateFeeConfig}.
 */
public record LateFeeConfig(
    Frequency frequency, BigDecimal lateFeeAmount, BigDecimal lateFeePercentage) {}
