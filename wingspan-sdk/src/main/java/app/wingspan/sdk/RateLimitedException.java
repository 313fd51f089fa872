package app.wingspan.sdk;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests: the caller sent too many requests. Retried by the SDK (honouring {@code
 * Retry-After}) before this is thrown.
 */
public final class RateLimitedException extends ApiException {

  private final Duration retryAfter;

  RateLimitedException(Failure failure, Duration retryAfter) {
    super(failure);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the server asked the caller to wait, from the {@code Retry-After} header (seconds or
   * HTTP date).
   *
   * @return the wait, or empty when the header was missing or not understood
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
