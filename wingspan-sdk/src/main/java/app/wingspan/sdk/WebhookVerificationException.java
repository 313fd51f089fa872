package app.wingspan.sdk;

import java.util.Objects;

/**
 * A webhook delivery failed verification in {@link Webhooks#constructEvent}: a header was missing
 * or malformed, its timestamp was outside the tolerance, no signature matched the payload, or the
 * verified payload was not a webhook event. {@link #reason()} says which; the message says what to
 * check. Nothing was sent, so {@link #attempts()} is 0.
 *
 * <p>Answer such a delivery with a 4xx status and do not act on it. The most common cause of {@link
 * Reason#SIGNATURE_MISMATCH} with the right secret is verifying a body that was parsed and written
 * again (by a framework's JSON binding, say) instead of the raw bytes received: keys reorder,
 * spacing and number spellings change, and the signature no longer matches.
 *
 * <p>The message never contains the secret.
 */
public final class WebhookVerificationException extends WingspanException {

  /** Why a delivery failed verification. */
  public enum Reason {
    /**
     * One of the headers {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}
     * is absent or blank.
     */
    MISSING_HEADER,
    /** {@code webhook-timestamp} is not whole seconds since the epoch. */
    MALFORMED_TIMESTAMP,
    /**
     * {@code webhook-timestamp} is further in the past than the tolerance: a late or replayed
     * delivery.
     */
    TIMESTAMP_TOO_OLD,
    /**
     * {@code webhook-timestamp} is further in the future than the tolerance: a clock far off, or a
     * forgery.
     */
    TIMESTAMP_IN_FUTURE,
    /**
     * No {@code v1} signature in {@code webhook-signature} matches the payload under the secret.
     */
    SIGNATURE_MISMATCH,
    /** The signature matched, but the payload is not a JSON object of the webhook event shape. */
    MALFORMED_PAYLOAD
  }

  private final Reason reason;

  WebhookVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause, 0);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * For tests of code that uses the SDK: the exception {@link Webhooks#constructEvent} throws for a
   * delivery that fails verification for {@code reason}.
   *
   * @param reason why verification failed
   * @param message the message; never put a secret in it
   * @return the exception, with 0 attempts
   */
  public static WebhookVerificationException of(Reason reason, String message) {
    return new WebhookVerificationException(reason, message, null);
  }

  /**
   * Why the delivery failed verification.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
