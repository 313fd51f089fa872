package app.wingspan.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The typed accessors' parsing of the wire's timestamps and dates, which the specs type as plain
 * strings: an instant is ISO-8601 with a zone offset ({@code 2026-11-24T06:16:39.000Z}), a date
 * ISO-8601 ({@code 2026-12-31}). Text that is neither fails loudly rather than reading as some
 * other time.
 */
final class WireTime {
  private WireTime() {}

  static Optional<Instant> instant(String text) {
    return text == null ? Optional.empty() : Optional.of(OffsetDateTime.parse(text).toInstant());
  }

  static Optional<LocalDate> date(String text) {
    return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }
}
