package app.wingspan.server.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * How one delivery attempt ended, for the attempt's record and the retry decision.
 *
 * @param outcome delivered, worth retrying, or not
 * @param statusCode the receiver's HTTP status, or 0 when no response arrived
 * @param detail what happened, for a person: {@code HTTP 503}, {@code no response within PT10S}, or
 *     why the endpoint was refused; never the secret or the URL's path and query
 * @param responseBody the start of the response body as text, empty when there was none or it was
 *     over the size cap (then discarded unread)
 * @param elapsed from sending to the outcome
 */
public record DeliveryResult(
    Outcome outcome, int statusCode, String detail, String responseBody, Duration elapsed) {

  /** What a delivery attempt's end means for the event. */
  public enum Outcome {
    /** The receiver answered 2xx: the event is delivered. */
    DELIVERED,
    /** No 2xx (another status, a timeout, a network error): try again later. */
    RETRYABLE,
    /** Trying again cannot help: the endpoint is refused by policy, or answered 410 Gone. */
    PERMANENT
  }

  /** Checks the components. */
  public DeliveryResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(responseBody, "responseBody");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
