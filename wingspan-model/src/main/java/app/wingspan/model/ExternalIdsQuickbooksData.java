// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A record's identity and sync state in one QuickBooks company.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ExternalIdsQuickbooksData}.
 */
public record ExternalIdsQuickbooksData(
    String id,
    String syncToken,
    Boolean doCreate,
    Boolean doDelete,
    Boolean doUpdate,
    String updatedAt) {
  /**
   * {@code updatedAt} as an {@link Instant}, parsed from the wire text; {@link #updatedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> updatedAtAsInstant() {
    return WireTime.instant(updatedAt);
  }
}
