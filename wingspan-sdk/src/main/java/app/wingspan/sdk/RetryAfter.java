package app.wingspan.sdk;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code Retry-After} header (RFC 9110 section 10.2.3): delay-seconds or an HTTP date.
 */
final class RetryAfter {

  /**
   * Longer waits are not meant for a client to sleep through; beyond this the value is treated as
   * this.
   */
  private static final long MAX_SECONDS = 24L * 60 * 60;

  private RetryAfter() {}

  static Optional<Duration> parse(HttpHeaders headers, Instant now) {
    return headers.firstValue("Retry-After").flatMap(value -> parse(value, now));
  }

  /**
   * The wait a {@code Retry-After} value asks for, measured from {@code now}; a date in the past is
   * zero. Values that are neither a non-negative integer nor an IMF-fixdate (RFC 1123) are ignored.
   */
  static Optional<Duration> parse(String value, Instant now) {
    String text = value.trim();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Digits only: seconds. Long digit strings are clamped instead of overflowing.
      long seconds = text.length() > 9 ? MAX_SECONDS : Math.min(Long.parseLong(text), MAX_SECONDS);
      return Optional.of(Duration.ofSeconds(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      if (wait.isNegative()) {
        return Optional.of(Duration.ZERO);
      }
      return Optional.of(
          wait.compareTo(Duration.ofSeconds(MAX_SECONDS)) > 0
              ? Duration.ofSeconds(MAX_SECONDS)
              : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
