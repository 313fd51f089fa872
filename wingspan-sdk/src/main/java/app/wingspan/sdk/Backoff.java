package app.wingspan.sdk;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The retry decisions of one logical call under a {@link RetryPolicy}: whether another attempt may
 * start and after which delay. Not thread-safe; one instance per call.
 */
final class Backoff {

  private final RetryPolicy policy;
  private final DoubleSupplier random;
  private final LongSupplier nanoTime;
  private final long startNanos;

  /**
   * @param random uniform values in [0, 1)
   * @param nanoTime a monotonic clock in nanoseconds
   */
  Backoff(RetryPolicy policy, DoubleSupplier random, LongSupplier nanoTime) {
    this.policy = policy;
    this.random = random;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  /**
   * The delay before the next attempt after {@code attemptsMade} attempts failed retryably, or
   * empty when the call must stop: attempts used up, or the delay would end after the call's time
   * budget.
   *
   * @param retryAfter the server's {@code Retry-After}, which replaces the computed delay
   */
  Optional<Duration> next(int attemptsMade, Optional<Duration> retryAfter) {
    if (attemptsMade >= policy.maxAttempts()) {
      return Optional.empty();
    }
    Duration delay = retryAfter.orElseGet(() -> jittered(attemptsMade));
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
    if (elapsed.plus(delay).compareTo(policy.maxElapsedTime()) > 0) {
      return Optional.empty();
    }
    return Optional.of(delay);
  }

  /** Full jitter: uniform in [0, min(maxBackoff, initialBackoff * 2^(retry-1))). */
  Duration jittered(int retry) {
    return Duration.ofNanos((long) (random.getAsDouble() * ceiling(retry).toNanos()));
  }

  /** The upper bound of the delay before retry number {@code retry} (1-based). */
  Duration ceiling(int retry) {
    Duration max = policy.maxBackoff();
    Duration ceiling = policy.initialBackoff();
    for (int i = 1; i < retry && ceiling.compareTo(max) < 0; i++) {
      ceiling = ceiling.multipliedBy(2);
    }
    return ceiling.compareTo(max) > 0 ? max : ceiling;
  }

  Duration elapsed() {
    return Duration.ofNanos(nanoTime.getAsLong() - startNanos);
  }
}
