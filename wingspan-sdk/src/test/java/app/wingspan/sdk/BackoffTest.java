package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retry schedule: exponential ceilings, full jitter, attempt and time limits; with a fake
 * clock.
 */
class BackoffTest {

  private static final RetryPolicy POLICY =
      RetryPolicy.builder()
          .maxAttempts(6)
          .initialBackoff(Duration.ofMillis(100))
          .maxBackoff(Duration.ofMillis(1000))
          .maxElapsedTime(Duration.ofSeconds(10))
          .build();

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private Backoff backoff(double random) {
    return new Backoff(POLICY, () -> random, now::get);
  }

  @ParameterizedTest(name = "retry {0}: delay below {1} ms")
  @CsvSource(
      textBlock =
          """
      1, 100
      2, 200
      3, 400
      4, 800
      5, 1000
      40, 1000
      """)
  void ceilingDoublesUpToMaxBackoff(int retry, long ceilingMillis) {
    assertThat(backoff(0.5).ceiling(retry)).isEqualTo(Duration.ofMillis(ceilingMillis));
  }

  @ParameterizedTest(name = "random {0} on retry 3 -> {1} ms")
  @CsvSource(
      textBlock =
          """
      0.0,   0
      0.25,  100
      0.5,   200
      0.999, 399.6
      """)
  void fullJitterSpreadsTheDelayOverZeroToTheCeiling(double random, double millis) {
    assertThat(backoff(random).jittered(3))
        .isEqualTo(Duration.ofNanos((long) (millis * 1_000_000)));
  }

  @Test
  void stopsWhenAttemptsAreUsedUp() {
    Backoff backoff = backoff(0.5);

    assertThat(backoff.next(5, Optional.empty())).hasValue(Duration.ofMillis(500));
    assertThat(backoff.next(6, Optional.empty())).isEmpty();
  }

  @Test
  void retryAfterReplacesTheComputedDelayEvenAboveMaxBackoff() {
    assertThat(backoff(0.5).next(1, Optional.of(Duration.ofSeconds(3))))
        .hasValue(Duration.ofSeconds(3));
  }

  @Test
  void stopsWhenTheDelayWouldEndAfterTheTimeBudget() {
    Backoff backoff = backoff(0.5);
    now.addAndGet(Duration.ofSeconds(9).toNanos());

    assertThat(backoff.next(1, Optional.of(Duration.ofMillis(999))))
        .hasValue(Duration.ofMillis(999));
    assertThat(backoff.next(1, Optional.of(Duration.ofMillis(1001)))).isEmpty();
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(backoff.next(1, Optional.empty())).isEmpty();
  }

  @Test
  void noRetriesWithThePolicyNone() {
    assertThat(new Backoff(RetryPolicy.none(), () -> 0.5, now::get).next(1, Optional.empty()))
        .isEmpty();
  }
}
