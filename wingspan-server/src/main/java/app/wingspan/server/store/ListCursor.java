package app.wingspan.server.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a page of a client's invoices (newest first) ended: the last row's creation time and id. Callers see
 * it only as an opaque string.
 */
public record ListCursor(Instant createdAt, String id) {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    return ENCODER.encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes {@link #encode()}'s output; anything else is an {@link IllegalArgumentException}. */
  public static ListCursor decode(String text) {
    try {
      String plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon <= 0 || colon == plain.length() - 1) {
        throw new IllegalArgumentException("not a cursor");
      }
      long micros = Long.parseLong(plain.substring(0, colon));
      return new ListCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), plain.substring(colon + 1));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException("cursor is not one this server issued", e);
    }
  }
}
