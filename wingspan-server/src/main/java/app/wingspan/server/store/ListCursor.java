package app.wingspan.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a client's invoices (newest first) ended: the last row's creation time and id.
 * Callers see it only as an opaque string.
 */
public record ListCursor(Instant createdAt, String id) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final Pattern PLAIN =
      Pattern.compile("(0|[1-9][0-9]{0,17}):([A-Za-z0-9_-]{1,128})");
  private static final long MAX_MICROS =
      Instant.parse("9999-12-31T23:59:59Z").getEpochSecond() * 1_000_000L + 999_999;

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    return ENCODER.encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Decodes {@link #encode()}'s output; anything else is an {@link IllegalArgumentException}. Only
   * what this server could have issued passes: the canonical encoding of a time from 1970 to 9999
   * (PostgreSQL cannot compare a timestamp outside its range) and an id in the ids' alphabet
   * (base64url: no NUL, which PostgreSQL cannot take).
   *
   * <p>Cursors are not signed: signing needs a key shared by every instance of a deployment
   * (configuration or a database row), and a cursor only selects among the caller's own invoices,
   * so a forged one reveals nothing.
   */
  public static ListCursor decode(String text) {
    try {
      String plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
      Matcher parts = PLAIN.matcher(plain);
      if (!parts.matches()) {
        throw new IllegalArgumentException("not a cursor");
      }
      long micros = Long.parseLong(parts.group(1));
      if (micros > MAX_MICROS) {
        throw new IllegalArgumentException("cursor time out of range");
      }
      ListCursor cursor =
          new ListCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), parts.group(2));
      if (!cursor.encode().equals(text)) {
        throw new IllegalArgumentException("cursor not in its canonical spelling");
      }
      return cursor;
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("cursor is not one this server issued", e);
    }
  }
}
