package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which of a member's invoices a client verifies before paying.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientData.verificationStratgy (sic).
 */
public final class VerificationStrategy implements OpenEnum {
  private static final Map<String, VerificationStrategy> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "None"}. */
  public static final VerificationStrategy NONE = known("None");

  /** Wire value {@code "All"}. */
  public static final VerificationStrategy ALL = known("All");

  private final String value;
  private final boolean known;

  private VerificationStrategy(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static VerificationStrategy known(String value) {
    VerificationStrategy constant = new VerificationStrategy(value, true);
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
  public static VerificationStrategy of(String value) {
    Objects.requireNonNull(value, "value");
    VerificationStrategy constant = KNOWN.get(value);
    return constant != null ? constant : new VerificationStrategy(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<VerificationStrategy> knownValues() {
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
    return other instanceof VerificationStrategy that && value.equals(that.value);
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
