// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A webhook endpoint of an account: where deliveries go and which events. Its sharedSecret is
 * write-only and never appears here.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code WebhookPreference}.
 *
 * @param disabledReason why the server disabled the endpoint, such as deliveries failing for 5
 *     days; null while it is Active
 */
public record WebhookPreference(
    String webhookPreferenceId,
    String url,
    List<String> subscribedEvents,
    WebhookPreferenceStatus status,
    String disabledReason,
    String createdAt,
    String updatedAt) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public WebhookPreference {
    subscribedEvents = Copies.list(subscribedEvents);
  }

  /**
   * {@code createdAt} as an {@link Instant}, parsed from the wire text; {@link #createdAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> createdAtAsInstant() {
    return WireTime.instant(createdAt);
  }

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
