// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One event for one webhook endpoint, and what its attempts came to (our extension; see
 * docs/webhooks.md).
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code WebhookDelivery}.
 *
 * @param webhookDeliveryId the eventId, a dot, the webhookPreferenceId
 * @param eventId sent as the webhook-id header and as the payload's eventId
 * @param objectVersion the invoice version the payload carries
 * @param attempts attempts since the delivery was scheduled or last replayed
 * @param lastStatusCode the receiver's HTTP status at the last attempt; null when none answered
 * @param lastError what the last attempt came to when it did not deliver, such as HTTP 500
 * @param nextAttemptAt when the next attempt is due, while Pending
 */
public record WebhookDelivery(
    String webhookDeliveryId,
    String webhookPreferenceId,
    String eventId,
    String eventName,
    String invoiceId,
    Integer objectVersion,
    WebhookDeliveryState state,
    Integer attempts,
    Integer replays,
    String firstAttemptAt,
    String lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    String nextAttemptAt,
    String deliveredAt,
    String failedAt,
    String createdAt) {
  /**
   * {@code firstAttemptAt} as an {@link Instant}, parsed from the wire text; {@link
   * #firstAttemptAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> firstAttemptAtAsInstant() {
    return WireTime.instant(firstAttemptAt);
  }

  /**
   * {@code lastAttemptAt} as an {@link Instant}, parsed from the wire text; {@link
   * #lastAttemptAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> lastAttemptAtAsInstant() {
    return WireTime.instant(lastAttemptAt);
  }

  /**
   * {@code nextAttemptAt} as an {@link Instant}, parsed from the wire text; {@link
   * #nextAttemptAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> nextAttemptAtAsInstant() {
    return WireTime.instant(nextAttemptAt);
  }

  /**
   * {@code deliveredAt} as an {@link Instant}, parsed from the wire text; {@link #deliveredAt()}
   * keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> deliveredAtAsInstant() {
    return WireTime.instant(deliveredAt);
  }

  /**
   * {@code failedAt} as an {@link Instant}, parsed from the wire text; {@link #failedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> failedAtAsInstant() {
    return WireTime.instant(failedAt);
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
}
