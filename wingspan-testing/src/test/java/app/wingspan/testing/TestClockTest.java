package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The test clock: the system time shifted by an offset tests set, advance and reset. */
class TestClockTest {
  private static final Instant SYSTEM_NOW = Instant.parse("2026-03-10T23:30:00Z");
  private final TestClock clock = new TestClock(Clock.fixed(SYSTEM_NOW, ZoneOffset.UTC));

  @Test
  void advancingMovesNowAndTodayAndAddsUp() {
    clock.advance(Duration.ofHours(1)).advance(Duration.ofDays(31));

    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-11T00:30:00Z"));
    assertThat(clock.today()).isEqualTo(LocalDate.parse("2026-04-11"));
    assertThat(clock.offset()).isEqualTo(Duration.ofDays(31).plusHours(1));
  }

  @Test
  void settingMakesNowReadTheInstantAndResetReturnsToTheSystemTime() {
    clock.set(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));

    clock.reset();

    assertThat(clock.instant()).isEqualTo(SYSTEM_NOW);
    assertThat(clock.offset()).isZero();
  }

  @Test
  void inAnotherZoneItFollowsTheMoves() {
    Clock tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));
    clock.advance(Duration.ofDays(2));

    assertThat(tokyo.instant()).isEqualTo(clock.instant());
    assertThat(LocalDate.now(tokyo)).isEqualTo(LocalDate.parse("2026-03-13"));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
