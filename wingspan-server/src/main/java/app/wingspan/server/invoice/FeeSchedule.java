package app.wingspan.server.invoice;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card-processing fee schedule: {@code percent} % of the invoice amount plus {@code fixed} (in
 * the invoice's currency). The default is Wingspan's published card rate, 2.9 % + 0.30.
 *
 * <p>The same schedule applies to USD and CAD invoices: the server has one configured schedule, not
 * one per currency.
 *
 * @param percent the percentage part, 0..100
 * @param fixed the fixed part per payment, non-negative, at most 2 decimals (it is money)
 */
public record FeeSchedule(BigDecimal percent, BigDecimal fixed) {

  /** 2.9 % + 0.30. */
  public static final FeeSchedule DEFAULT =
      new FeeSchedule(new BigDecimal("2.9"), new BigDecimal("0.30"));

  private static final Pattern TEXT =
      Pattern.compile(
          "\\s*(\\d{1,3}(?:\\.\\d{1,6})?)\\s*%\\s*(?:\\+\\s*(\\d{1,9}(?:\\.\\d{1,2})?)\\s*)?");

  /** Validates the parts. */
  public FeeSchedule {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(fixed, "fixed");
    if (percent.signum() < 0 || percent.compareTo(Money.HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "fee schedule percent must be between 0 and 100, got " + percent.toPlainString());
    }
    if (fixed.signum() < 0) {
      throw new IllegalArgumentException(
          "fee schedule fixed part must not be negative, got " + fixed.toPlainString());
    }
    if (Money.decimals(fixed) > 2) {
      throw new IllegalArgumentException(
          "fee schedule fixed part is money and has at most 2 decimals, got "
              + fixed.toPlainString());
    }
  }

  /**
   * Reads a schedule from configuration text such as {@code "2.9%+0.30"} (spaces allowed around the
   * parts) or {@code "2.9%"} (no fixed part).
   *
   * @throws IllegalArgumentException naming the text and the expected form when it does not parse
   */
  public static FeeSchedule parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("fee schedule is missing; expected a form like 2.9%+0.30");
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "fee schedule '"
              + Texts.quote(text)
              + "' is not of the form <percent>%+<fixed>, e.g. 2.9%+0.30");
    }
    BigDecimal fixed =
        m.group(2) == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(m.group(2));
    return new FeeSchedule(new BigDecimal(m.group(1)), fixed);
  }

  /** The schedule in the form {@link #parse} reads, e.g. {@code 2.9%+0.30}. */
  @Override
  public String toString() {
    return percent.toPlainString() + "%+" + fixed.toPlainString();
  }
}
