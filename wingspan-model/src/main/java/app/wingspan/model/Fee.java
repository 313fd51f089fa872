// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One fee: its amount and when it was calculated.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code Fee}.
 */
public record Fee(BigDecimal amount, String calculatedAt) {
  /**
   * {@code calculatedAt} as an {@link Instant}, parsed from the wire text; {@link #calculatedAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> calculatedAtAsInstant() {
    return WireTime.instant(calculatedAt);
  }
}
