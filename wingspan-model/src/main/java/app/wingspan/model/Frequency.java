// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * A recurrence schedule: start and end dates, interval and repetition.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code Frequency}.
 */
public record Frequency(
    String startDate,
    Boolean daily,
    BigDecimal dayInInterval,
    String endDate,
    BigDecimal every,
    FrequencyInterval interval,
    Boolean twicePerMonth) {}
