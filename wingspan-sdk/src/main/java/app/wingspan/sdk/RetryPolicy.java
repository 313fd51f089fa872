package app.wingspan.sdk;

import java.time.Duration;
import java.util.Objects;

/**
 * How a call is retried after a retryable failure: a connection failure, HTTP 408, 429, 500, 502,
 * 503 or 504, or HTTP 409 with the error code {@code IDEMPOTENCY_KEY_IN_USE} (the server is still
 * processing an earlier attempt of the same call, which carries an {@code Idempotency-Key}).
 *
 * <p>The delay before retry {@code n} (1-based) is drawn uniformly from {@code [0, min(maxBackoff,
 * initialBackoff * 2^(n-1)))} ("full jitter"), unless the server sent {@code Retry-After}, whose
 * value is then used as is. No retry starts whose delay would end after {@code maxElapsedTime},
 * counted from the start of the call; in that case the last failure is thrown at once (so a {@code
 * Retry-After} longer than the remaining budget ends the call rather than being shortened). The
 * budget bounds the attempts too: an attempt's timeout is cut to what is left of it, so a call
 * never takes much longer than {@code maxElapsedTime}, whatever the request timeout.
 *
 * <p>Only calls that are safe to repeat are retried: reads ({@code get}, {@code list}, {@code
 * fees}), and writes ({@code create}, {@code update}, {@code pay}), which always carry an {@code
 * Idempotency-Key}: a server that keeps keys answers a repeat with the first answer, so a write
 * that was applied before its answer was lost is neither applied twice nor refused by its own
 * {@code If-Match}. An attempt whose response timed out is retried too, within the budget (so a
 * call's {@code maxElapsedTime}, not the request timeout, is the caller's patience). Retries also
 * draw on the client's {@link RetryQuota}.
 *
 * @param maxAttempts total attempts including the first, at least 1 ({@code 1} = no retries)
 * @param initialBackoff upper bound of the first retry's delay, not negative
 * @param maxBackoff upper bound of any computed delay, at least {@code initialBackoff}
 * @param maxElapsedTime time budget of the whole call, every attempt and every delay included,
 *     positive
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxElapsedTime) {

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));
  private static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(60));

  /**
   * Validates the policy.
   *
   * @param maxAttempts total attempts, at least 1
   * @param initialBackoff first retry delay bound
   * @param maxBackoff delay bound
   * @param maxElapsedTime time budget of a call
   * @throws IllegalArgumentException naming the setting that is out of range
   * @throws NullPointerException if a duration is null
   */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxElapsedTime, "maxElapsedTime");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException(
          "initialBackoff must not be negative, was " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff ("
              + maxBackoff
              + ") must not be less than initialBackoff ("
              + initialBackoff
              + ")");
    }
    if (maxElapsedTime.isNegative() || maxElapsedTime.isZero()) {
      throw new IllegalArgumentException("maxElapsedTime must be positive, was " + maxElapsedTime);
    }
  }

  /**
   * The policy a client uses unless told otherwise: 3 attempts, backoff from 500 ms up to 8 s, 60 s
   * in all.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries: every call makes exactly one attempt.
   *
   * @return the no-retry policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A builder that starts from {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * A builder that starts from this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether this policy allows any retry. */
  boolean retries() {
    return maxAttempts > 1;
  }

  /** Builds a {@link RetryPolicy}; settings not called keep the starting policy's values. */
  public static final class Builder {
    private int maxAttempts;
    private Duration initialBackoff;
    private Duration maxBackoff;
    private Duration maxElapsedTime;

    private Builder(RetryPolicy start) {
      this.maxAttempts = start.maxAttempts;
      this.initialBackoff = start.initialBackoff;
      this.maxBackoff = start.maxBackoff;
      this.maxElapsedTime = start.maxElapsedTime;
    }

    /**
     * Sets the total number of attempts, the first included.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the upper bound of the first retry's delay; each later retry doubles it, up to {@code
     * maxBackoff}.
     *
     * @param initialBackoff not negative
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * Sets the upper bound of any computed delay ({@code Retry-After} is not bounded by it).
     *
     * @param maxBackoff at least {@code initialBackoff}
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Sets the time budget of a whole call, its attempts and delays included.
     *
     * @param maxElapsedTime positive
     * @return this builder
     */
    public Builder maxElapsedTime(Duration maxElapsedTime) {
      this.maxElapsedTime = maxElapsedTime;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the setting that is out of range
     */
    public RetryPolicy build() {
      return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxElapsedTime);
    }
  }
}
