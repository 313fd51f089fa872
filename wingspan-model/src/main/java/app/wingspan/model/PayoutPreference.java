// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How fast and by which rail the member wants to be paid out. An open set: clients must accept
 * values not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberOptions.payoutPreferences.
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

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #STANDARD}. */
    STANDARD,
    /** {@link #INSTANT}. */
    INSTANT,
    /** {@link #EXPEDITED}. */
    EXPEDITED,
    /** {@link #CHECK}. */
    CHECK,
    /** {@link #E_CHECK}. */
    E_CHECK,
    /** A value this code does not know; {@link #value()} has its wire string. */
    UNKNOWN_TO_SDK_VERSION
  }

  /**
   * This value as a {@link Kind}, to {@code switch} on: {@link Kind#UNKNOWN_TO_SDK_VERSION} for a
   * value this code does not know (its wire string stays in {@link #value()}).
   *
   * @return the matching constant, never null
   */
  public Kind kind() {
    return switch (value()) {
      case "Standard" -> isKnown() ? Kind.STANDARD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Instant" -> isKnown() ? Kind.INSTANT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Expedited" -> isKnown() ? Kind.EXPEDITED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Check" -> isKnown() ? Kind.CHECK : Kind.UNKNOWN_TO_SDK_VERSION;
      case "ECheck" -> isKnown() ? Kind.E_CHECK : Kind.UNKNOWN_TO_SDK_VERSION;
      default -> Kind.UNKNOWN_TO_SDK_VERSION;
    };
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string
   * as is.
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
