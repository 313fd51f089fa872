// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.Optional;

/**
 * When a member-client relationship became pending and active.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberClientEvents}.
 */
public record MemberClientEvents(String activeAt, String pendingAt) {
  /**
   * {@code activeAt} as an {@link Instant}, parsed from the wire text; {@link #activeAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> activeAtAsInstant() {
    return WireTime.instant(activeAt);
  }

  /**
   * {@code pendingAt} as an {@link Instant}, parsed from the wire text; {@link #pendingAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> pendingAtAsInstant() {
    return WireTime.instant(pendingAt);
  }
}
