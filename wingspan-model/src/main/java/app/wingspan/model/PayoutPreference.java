// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How fast and by which rail the member wants to be paid out. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberOptions.payoutPreferences.
 */
public final class PayoutPreference extends OpenEnumValue {
  private static final Registry<PayoutPreference> REGISTRY = new Registry<>(PayoutPreference::new);

  /** Wire value {@code "Standard"}. */
  public static final PayoutPreference STANDARD = REGISTRY.known("Standard");

  /** Wire value {@code "Instant"}. */
  public static final PayoutPreference INSTANT = REGISTRY.known("Instant");

  /** Wire value {@code "Expedited"}. */
  public static final PayoutPreference EXPEDITED = REGISTRY.known("Expedited");

  /** Wire value {@code "Check"}. */
  public static final PayoutPreference CHECK = REGISTRY.known("Check");

  /** Wire value {@code "ECheck"}. */
  public static final PayoutPreference E_CHECK = REGISTRY.known("ECheck");

  private PayoutPreference(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PayoutPreference of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PayoutPreference> knownValues() {
    return REGISTRY.knownValues();
  }
}
