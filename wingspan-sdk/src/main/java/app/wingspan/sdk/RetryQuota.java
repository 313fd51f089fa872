package app.wingspan.sdk;

/**
 * A client's budget of retries, shared by all its calls (a token bucket, as AWS SDKs have): each
 * retry takes {@link #retryCost()} tokens ({@link #timeoutRetryCost()} after a timeout), each
 * successful call puts back what its retries took, or one token when it needed none. When the
 * bucket is empty, failures are not retried until successes refill it, so a sustained outage costs
 * the server about one request per call rather than {@link RetryPolicy#maxAttempts()}.
 *
 * <p>The default, {@link #defaults()}, holds 500 tokens, a retry costs 5 and a retry after a
 * timeout 10: 100 retries in a row (50 after timeouts) before retries stop. {@link #unlimited()}
 * turns the quota off.
 *
 * @param capacity tokens when full, and at the start; at least 1
 * @param retryCost tokens a retry takes; at least 0
 * @param timeoutRetryCost tokens a retry after a timed-out attempt takes; at least 0
 */
public record RetryQuota(int capacity, int retryCost, int timeoutRetryCost) {

  private static final RetryQuota DEFAULTS = new RetryQuota(500, 5, 10);
  private static final RetryQuota UNLIMITED = new RetryQuota(1, 0, 0);

  /**
   * Validates the quota.
   *
   * @param capacity tokens when full
   * @param retryCost tokens per retry
   * @param timeoutRetryCost tokens per retry after a timeout
   * @throws IllegalArgumentException naming the value out of range
   */
  public RetryQuota {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    if (retryCost < 0) {
      throw new IllegalArgumentException("retryCost must not be negative, was " + retryCost);
    }
    if (timeoutRetryCost < 0) {
      throw new IllegalArgumentException(
          "timeoutRetryCost must not be negative, was " + timeoutRetryCost);
    }
  }

  /**
   * The quota a client has unless told otherwise: 500 tokens, 5 per retry, 10 per retry after a
   * timeout.
   *
   * @return the default quota
   */
  public static RetryQuota defaults() {
    return DEFAULTS;
  }

  /**
   * No quota: every retry the {@link RetryPolicy} allows is made, however many calls fail.
   *
   * @return a quota whose retries cost nothing
   */
  public static RetryQuota unlimited() {
    return UNLIMITED;
  }
}
