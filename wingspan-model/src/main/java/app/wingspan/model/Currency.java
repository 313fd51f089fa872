package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Currency an invoice is billed in.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientInvoice.currency,
 * ClientInvoiceCreateRequest.currency.
 */
public final class Currency implements OpenEnum {
  private static final Map<String, Currency> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "USD"}. */
  public static final Currency USD = known("USD");

  /** Wire value {@code "CAD"}. */
  public static final Currency CAD = known("CAD");

  private final String value;
  private final boolean known;

  private Currency(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Currency known(String value) {
    Currency constant = new Currency(value, true);
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
  public static Currency of(String value) {
    Objects.requireNonNull(value, "value");
    Currency constant = KNOWN.get(value);
    return constant != null ? constant : new Currency(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Currency> knownValues() {
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
    return other instanceof Currency that && value.equals(that.value);
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
