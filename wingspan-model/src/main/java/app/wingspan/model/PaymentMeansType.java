package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kind of payment instrument used to pay an invoice.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: PaymentInfo.meansType.
 */
public final class PaymentMeansType implements OpenEnum {
  private static final Map<String, PaymentMeansType> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Card"}. */
  public static final PaymentMeansType CARD = known("Card");

  /** Wire value {@code "Account"}. */
  public static final PaymentMeansType ACCOUNT = known("Account");

  /** Wire value {@code "InternalAccount"}. */
  public static final PaymentMeansType INTERNAL_ACCOUNT = known("InternalAccount");

  private final String value;
  private final boolean known;

  private PaymentMeansType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PaymentMeansType known(String value) {
    PaymentMeansType constant = new PaymentMeansType(value, true);
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
  public static PaymentMeansType of(String value) {
    Objects.requireNonNull(value, "value");
    PaymentMeansType constant = KNOWN.get(value);
    return constant != null ? constant : new PaymentMeansType(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMeansType> knownValues() {
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
    return other instanceof PaymentMeansType that && value.equals(that.value);
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
