// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.Optional;

/**
 * When each party signed a document.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code DocumentEvents}.
 */
public record DocumentEvents(String clientSignedAt, String memberSignedAt) {
  /**
   * {@code clientSignedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #clientSignedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> clientSignedAtAsInstant() {
    return WireTime.instant(clientSignedAt);
  }

  /**
   * {@code memberSignedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #memberSignedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> memberSignedAtAsInstant() {
    return WireTime.instant(memberSignedAt);
  }
}
