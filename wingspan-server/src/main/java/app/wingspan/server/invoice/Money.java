package app.wingspan.server.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money arithmetic of the rules: cents, half-up, and the bounds that keep arithmetic on caller
 * numbers cheap.
 */
final class Money {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Caller numbers (unit prices, quantities, totals) must stay below this magnitude. BigDecimal
   * would cope with more, but a number like 1e999999999 is a few bytes on the wire and makes
   * rounding it ruinously slow; a quadrillion is far beyond any real invoice line.
   */
  static final BigDecimal LIMIT = new BigDecimal("1e15");

  /**
   * The most decimals a unit price or quantity may carry (rates like 0.333 per unit, or 1.3333333
   * hours).
   */
  static final int MAX_DECIMALS = 10;

  private Money() {}

  /** Rounded to cents, half-up: the one rounding step of every money figure. */
  static BigDecimal cents(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** Decimals actually carried, ignoring trailing zeros (10.50 has 1, 10 has 0, 1e3 has 0). */
  static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /**
   * The plainest spelling of a value: trailing zeros dropped, never an exponent (50.00 -> 50, 1e2
   * -> 100).
   */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Whether the value's magnitude is within {@link #LIMIT} (cheap: compares exponents first). */
  static boolean withinLimit(BigDecimal value) {
    return value.abs().compareTo(LIMIT) < 0;
  }
}
