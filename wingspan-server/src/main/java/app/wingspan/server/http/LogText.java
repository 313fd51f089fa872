package app.wingspan.server.http;

/** Caller-supplied text made safe for a log line: control characters escaped, length bounded. */
final class LogText {
  private static final int MAX = 200;

  private LogText() {}

  /**
   * {@code value} with every control character written as {@code \\uXXXX} (so no line can be
   * forged), cut.
   */
  static String escape(String value) {
    return escape(value, MAX);
  }

  /**
   * A request path fit for a log line: escaped, and with an invoice page link's token (the segment
   * after {@code /i/}, a capability) replaced by {@code {token}}.
   */
  static String path(String path) {
    if (path != null && path.startsWith("/i/")) {
      int end = path.indexOf('/', 3);
      path = "/i/{token}" + (end < 0 ? "" : path.substring(end));
    }
    return escape(path);
  }

  private static String escape(String value, int max) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
    int i = 0;
    for (; i < value.length() && out.length() < max; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (i < value.length()) {
      out.append("...");
    }
    return out.toString();
  }

  /**
   * A stand-in for {@code failure} to log: the same stack traces, each message escaped and prefixed
   * with the original class name.
   */
  static Throwable escaped(Throwable failure) {
    return escaped(failure, 0);
  }

  private static Throwable escaped(Throwable failure, int depth) {
    Throwable cause = failure.getCause();
    Escaped copy =
        new Escaped(
            failure.getClass().getName() + ": " + escape(failure.getMessage(), 4 * MAX),
            cause == null || cause == failure || depth >= 16 ? null : escaped(cause, depth + 1));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  /** A logged failure whose message has been escaped. */
  static final class Escaped extends RuntimeException {
    Escaped(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
