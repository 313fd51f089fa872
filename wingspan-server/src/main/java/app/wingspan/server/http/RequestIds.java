package app.wingspan.server.http;

import io.javalin.http.Context;
import java.util.UUID;
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
    return offered != null && ACCEPTED.matcher(offered).matches()
        ? offered
        : UUID.randomUUID().toString();
  }

  static void end() {
    MDC.remove("requestId");
  }

  static String current(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id;
  }
}
