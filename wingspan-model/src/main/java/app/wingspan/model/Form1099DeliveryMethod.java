package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a 1099 form reaches the member.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClientForm1099Balances.deliveryMethod.
 */
public final class Form1099DeliveryMethod implements OpenEnum {
  private static final Map<String, Form1099DeliveryMethod> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Electronic"}. */
  public static final Form1099DeliveryMethod ELECTRONIC = known("Electronic");

  /** Wire value {@code "Mail"}. */
  public static final Form1099DeliveryMethod MAIL = known("Mail");

  private final String value;
  private final boolean known;

  private Form1099DeliveryMethod(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Form1099DeliveryMethod known(String value) {
    Form1099DeliveryMethod constant = new Form1099DeliveryMethod(value, true);
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
  public static Form1099DeliveryMethod of(String value) {
    Objects.requireNonNull(value, "value");
    Form1099DeliveryMethod constant = KNOWN.get(value);
    return constant != null ? constant : new Form1099DeliveryMethod(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099DeliveryMethod> knownValues() {
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
    return other instanceof Form1099DeliveryMethod that && value.equals(that.value);
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
