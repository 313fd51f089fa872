package app.wingspan.server.invoice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as the server writes them, in documents and answers alike. */
public final class Timestamps {

  /**
   * ISO-8601 UTC with exactly three fraction digits, e.g. {@code 2026-11-24T06:16:39.000Z}. Unlike
   * {@link Instant#toString()} the width never varies, so the text sorts like the instant.
   */
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /**
   * The wire text of an instant.
   *
   * @param instant the instant
   * @return e.g. {@code 2026-11-24T06:16:39.000Z}
   */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
