// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A recurrence schedule: start and end dates, interval and repetition.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
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
    Boolean twicePerMonth) {
  /**
   * {@code startDate} as a {@link LocalDate}, parsed from the wire text; {@link #startDate()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 date
   */
  public Optional<LocalDate> startDateAsLocalDate() {
    return WireTime.date(startDate);
  }

  /**
   * {@code endDate} as a {@link LocalDate}, parsed from the wire text; {@link #endDate()} keeps the
   * text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 date
   */
  public Optional<LocalDate> endDateAsLocalDate() {
    return WireTime.date(endDate);
  }
}
