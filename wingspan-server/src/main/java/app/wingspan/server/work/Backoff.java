package app.wingspan.server.work;

import java.time.Duration;
import java.util.Objects;

/**
 * When an instance whose handler threw runs again: {@code first} after the first failure, each
 * later wait {@code factor} times the one before, never more than {@code max}. The count of
 * failures is kept in the database with the instance, so it survives restarts.
 */
public record Backoff(Duration first, double factor, Duration max) {
  public Backoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(max, "max");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || factor < 1) {
      throw new IllegalArgumentException(
          "a backoff needs 0 < first <= max and factor >= 1, not " + this);
    }
  }

  /** The wait after {@code failures} failures in a row (1 for the first). */
  public Duration after(int failures) {
    double millis = first.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
    return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
  }
}
