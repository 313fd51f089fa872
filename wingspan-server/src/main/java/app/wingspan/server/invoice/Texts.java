package app.wingspan.server.invoice;

import java.math.BigDecimal;

/** Shapes caller-supplied text for error messages: bounded length, no control characters. */
final class Texts {

  private static final int MAX = 80;

  private Texts() {}

  /**
   * A caller's number for an error message: plain digits when short, scientific notation otherwise
   * (the plain spelling of 1e999999999 would be a billion characters).
   */
  static String number(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    return Money.withinLimit(value) && value.scale() <= 20
        ? value.toPlainString()
        : value.toString();
  }

  /**
   * The value as it may appear inside an error message: control characters replaced, long values
   * cut.
   */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX + 3));
    for (int i = 0; i < value.length() && i < MAX; i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    if (value.length() > MAX) {
      out.append("...");
    }
    return out.toString();
  }
}
