package app.wingspan.server.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again, and when an endpoint is given up on: exponential backoff
 * with jitter, for up to {@link #giveUpAfter} from the first attempt, then the delivery is failed;
 * an endpoint with no delivery succeeding for {@link #disableAfter} is disabled. Pure: the time and
 * the random draw are arguments.
 *
 * <p>With {@link #DEFAULT}, the n-th retry waits {@code min(6 h, 30 s * 2^(n-1))} less up to 20%
 * (30 s, 1 min, 2, 4, 8, 16, 32 min, 1 h 4 min, 2 h 8 min, 4 h 16 min, then 6 h): about 20 attempts
 * over three days.
 *
 * @param firstDelay the wait after the first failed attempt, before jitter
 * @param maxDelay the longest wait between two attempts, before jitter
 * @param jitter the largest fraction taken off a wait at random, 0 to 1: spreads retries that
 *     failed together (an endpoint down for everyone) so they do not return together
 * @param giveUpAfter no attempt later than this after the first: the delivery is then failed
 * @param disableAfter an endpoint whose deliveries have failed for this long, with none succeeding,
 *     is disabled
 */
public record RetrySchedule(
    Duration firstDelay,
    Duration maxDelay,
    double jitter,
    Duration giveUpAfter,
    Duration disableAfter) {

  /** 30 s doubling to 6 h, 20% jitter, failed after 3 days, endpoint disabled after 5. */
  public static final RetrySchedule DEFAULT =
      new RetrySchedule(
          Duration.ofSeconds(30), Duration.ofHours(6), 0.2, Duration.ofDays(3), Duration.ofDays(5));

  /** Checks the components. */
  public RetrySchedule {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(giveUpAfter, "giveUpAfter");
    Objects.requireNonNull(disableAfter, "disableAfter");
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be within 0 and 1, was " + jitter);
    }
  }

  /**
   * The wait after the {@code failedAttempts}-th failed attempt, before jitter.
   *
   * @param failedAttempts how many attempts have failed, at least 1
   */
  public Duration delay(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException(
          "failedAttempts must be at least 1, was " + failedAttempts);
    }
    // Doubling from firstDelay; past 2^30 every sane schedule is at maxDelay anyway.
    int doublings = Math.min(failedAttempts - 1, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /**
   * When to try again after a failed attempt.
   *
   * @param failedAttempts how many attempts have failed, this one included, at least 1
   * @param firstAttempt when the first attempt was made
   * @param now when this attempt failed
   * @param random a uniform draw from [0, 1): how much jitter to take off
   * @return the time of the next attempt, or empty when the delivery is to be marked failed
   */
  public Optional<Instant> nextAttempt(
      int failedAttempts, Instant firstAttempt, Instant now, double random) {
    if (!(random >= 0 && random < 1)) {
      throw new IllegalArgumentException("random must be within [0, 1), was " + random);
    }
    Duration delay = delay(failedAttempts);
    long cut = (long) (delay.toMillis() * jitter * random);
    Instant next = now.plus(delay.minusMillis(cut));
    return next.isAfter(firstAttempt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
  }

  /**
   * Whether an endpoint is to be disabled.
   *
   * @param failingSince the first failed attempt since the endpoint's last successful delivery (or
   *     since it was created or re-enabled)
   * @param now the time of the latest failed attempt
   */
  public boolean disables(Instant failingSince, Instant now) {
    return !now.isBefore(failingSince.plus(disableAfter));
  }
}
