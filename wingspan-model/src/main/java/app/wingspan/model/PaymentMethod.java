package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A way the client may pay an invoice: card (credit), bank debit (ACH), or recorded manually.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: items of
 * ClientInvoice.acceptedPaymentMethods.
 */
public final class PaymentMethod implements OpenEnum {
  private static final Map<String, PaymentMethod> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Credit"}. */
  public static final PaymentMethod CREDIT = known("Credit");

  /** Wire value {@code "ACH"}. */
  public static final PaymentMethod ACH = known("ACH");

  /** Wire value {@code "Manual"}. */
  public static final PaymentMethod MANUAL = known("Manual");

  private final String value;
  private final boolean known;

  private PaymentMethod(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PaymentMethod known(String value) {
    PaymentMethod constant = new PaymentMethod(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PaymentMethod of(String value) {
    Objects.requireNonNull(value, "value");
    PaymentMethod constant = KNOWN.get(value);
    return constant != null ? constant : new PaymentMethod(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMethod> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentMethod that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
