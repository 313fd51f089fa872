package app.wingspan.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default schedule: backoff, jitter, the three-day limit and disabling, as a table. */
class RetryScheduleTest {

  private static final RetrySchedule SCHEDULE = RetrySchedule.DEFAULT;
  private static final Instant FIRST = Instant.parse("2026-12-01T00:00:00Z");

  @ParameterizedTest(name = "after {0} failures wait {1}")
  @CsvSource({
    "1, PT30S",
    "2, PT1M",
    "3, PT2M",
    "4, PT4M",
    "5, PT8M",
    "6, PT16M",
    "7, PT32M",
    "8, PT1H4M",
    "9, PT2H8M",
    "10, PT4H16M",
    "11, PT6H",
    "12, PT6H",
    "40, PT6H",
    "2147483647, PT6H"
  })
  void doublesFrom30SecondsUpTo6Hours(int failures, Duration delay) {
    assertThat(SCHEDULE.delay(failures)).isEqualTo(delay);
  }

  @ParameterizedTest(name = "draw {0} -> {1}")
  @CsvSource({"0.0, PT4M", "0.5, PT3M36S", "0.999999, PT3M12.001S"})
  void jitterTakesUpTo20PercentOff(double random, Duration wait) {
    Instant now = FIRST.plus(Duration.ofMinutes(10));

    assertThat(SCHEDULE.nextAttempt(4, FIRST, now, random)).hasValue(now.plus(wait));
  }

  @Test
  void triesForThreeDaysThenFails() {
    for (double random : new double[] {0.0, 0.999999}) {
      List<Instant> attempts = attemptsUntilFailed(random);

      assertThat(attempts.get(attempts.size() - 1))
          .isBeforeOrEqualTo(FIRST.plus(Duration.ofDays(3)));
      assertThat(attempts.get(attempts.size() - 1))
          .isAfter(FIRST.plus(Duration.ofDays(3)).minus(Duration.ofHours(6)));
      assertThat(attempts).hasSizeBetween(18, 24);
    }
  }

  @Test
  void anAttemptPastTheLimitIsNotScheduled() {
    Instant late = FIRST.plus(Duration.ofDays(3)).minusSeconds(10);

    assertThat(SCHEDULE.nextAttempt(1, FIRST, late, 0.0)).isEmpty();
    assertThat(SCHEDULE.nextAttempt(1, FIRST, late.minusSeconds(20), 0.0))
        .hasValue(FIRST.plus(Duration.ofDays(3)));
  }

  @ParameterizedTest(name = "failing for {0}: disabled {1}")
  @CsvSource({"PT0S, false", "P3D, false", "PT119H59M, false", "P5D, true", "P30D, true"})
  void disablesAnEndpointFailingForFiveDays(Duration failing, boolean disabled) {
    assertThat(SCHEDULE.disables(FIRST, FIRST.plus(failing))).isEqualTo(disabled);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> SCHEDULE.delay(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failedAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> SCHEDULE.nextAttempt(1, FIRST, FIRST, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("random must be within [0, 1), was 1.0");
    assertThatThrownBy(
            () ->
                new RetrySchedule(
                    Duration.ofHours(1),
                    Duration.ofMinutes(1),
                    0.2,
                    Duration.ofDays(1),
                    Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need 0 < firstDelay <= maxDelay");
    assertThatThrownBy(
            () ->
                new RetrySchedule(
                    Duration.ofSeconds(1),
                    Duration.ofMinutes(1),
                    1.5,
                    Duration.ofDays(1),
                    Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jitter must be within 0 and 1, was 1.5");
  }

  /** Every attempt time from the first until the schedule says failed, all draws equal. */
  private static List<Instant> attemptsUntilFailed(double random) {
    List<Instant> attempts = new ArrayList<>(List.of(FIRST));
    Optional<Instant> next;
    while ((next =
            SCHEDULE.nextAttempt(attempts.size(), FIRST, attempts.get(attempts.size() - 1), random))
        .isPresent()) {
      attempts.add(next.get());
    }
    return attempts;
  }
}
