package app.wingspan.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The test server's clock: the system clock in UTC shifted by an offset a test chooses. It keeps
 * ticking, so timestamps still move between two requests; {@link #advance} and {@link #set} move
 * it, {@link #reset} puts it back on the system time (done before every test). It is the one clock
 * the server reads: "now" of every write, and "today", which decides when an Open invoice reads
 * Overdue.
 *
 * <pre>{@code
 * wingspan.clock().advance(Duration.ofDays(31));   // the invoice due in 30 days now reads Overdue
 * }</pre>
 *
 * <p>Time kept by PostgreSQL itself does not move: the 24-hour life of idempotency keys, and the
 * creation time of accounts, follow the real clock.
 */
public final class TestClock extends Clock {
  private final Clock system;
  private volatile Duration offset = Duration.ZERO;

  TestClock(Clock system) {
    this.system = system;
  }

  /**
   * Moves the clock forward (or back, with a negative duration) by {@code duration}.
   *
   * @param duration how far to move
   * @return this clock
   */
  public synchronized TestClock advance(Duration duration) {
    offset = offset.plus(Objects.requireNonNull(duration, "duration"));
    return this;
  }

  /**
   * Sets the clock so it reads {@code instant} now; it keeps ticking from there.
   *
   * @param instant what the server's "now" becomes
   * @return this clock
   */
  public synchronized TestClock set(Instant instant) {
    offset = Duration.between(system.instant(), Objects.requireNonNull(instant, "instant"));
    return this;
  }

  /**
   * Puts the clock back on the system time.
   *
   * @return this clock
   */
  public synchronized TestClock reset() {
    offset = Duration.ZERO;
    return this;
  }

  /**
   * How far the clock is from the system time.
   *
   * @return the offset; zero after {@link #reset()}
   */
  public Duration offset() {
    return offset;
  }

  /**
   * The server's date today, in UTC (the zone the server reads dates in).
   *
   * @return today's date as the server sees it
   */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
  }

  /**
   * The server's current instant.
   *
   * @return the system time plus the offset
   */
  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }

  /**
   * Always UTC.
   *
   * @return {@link ZoneOffset#UTC}
   */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /**
   * A clock that reads this clock's instant in another zone (and follows its moves).
   *
   * @param zone the zone
   * @return a view of this clock in {@code zone}
   */
  @Override
  public Clock withZone(ZoneId zone) {
    TestClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  /**
   * Describes the offset.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "TestClock[system time " + (offset.isNegative() ? "" : "+") + offset + "]";
  }
}
