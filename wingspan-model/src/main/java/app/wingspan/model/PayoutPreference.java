package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How fast and by which rail the member wants to be paid out.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberOptions.payoutPreferences.
 */
public final class PayoutPreference implements OpenEnum {
  private static final Map<String, PayoutPreference> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Standard"}. */
  public static final PayoutPreference STANDARD = known("Standard");

  /** Wire value {@code "Instant"}. */
  public static final PayoutPreference INSTANT = known("Instant");

  /** Wire value {@code "Expedited"}. */
  public static final PayoutPreference EXPEDITED = known("Expedited");

  /** Wire value {@code "Check"}. */
  public static final PayoutPreference CHECK = known("Check");

  /** Wire value {@code "ECheck"}. */
  public static final PayoutPreference E_CHECK = known("ECheck");

  private final String value;
  private final boolean known;

  private PayoutPreference(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PayoutPreference known(String value) {
    PayoutPreference constant = new PayoutPreference(value, true);
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
  public static PayoutPreference of(String value) {
    Objects.requireNonNull(value, "value");
    PayoutPreference constant = KNOWN.get(value);
    return constant != null ? constant : new PayoutPreference(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PayoutPreference> knownValues() {
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
    return other instanceof PayoutPreference that && value.equals(that.value);
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
