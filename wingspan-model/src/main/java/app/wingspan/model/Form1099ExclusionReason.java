// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Why no 1099 form is filed for a member. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClientForm1099Balances.exclusionReason.
 */
public final class Form1099ExclusionReason extends OpenEnumValue {
  private static final Registry<Form1099ExclusionReason> REGISTRY =
      new Registry<>(Form1099ExclusionReason::new);

  /** Wire value {@code "BelowThreshold"}. */
  public static final Form1099ExclusionReason BELOW_THRESHOLD = REGISTRY.known("BelowThreshold");

  /** Wire value {@code "CompanyStructure"}. */
  public static final Form1099ExclusionReason COMPANY_STRUCTURE =
      REGISTRY.known("CompanyStructure");

  /** Wire value {@code "NonUsEntity"}. */
  public static final Form1099ExclusionReason NON_US_ENTITY = REGISTRY.known("NonUsEntity");

  private Form1099ExclusionReason(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #BELOW_THRESHOLD}. */
    BELOW_THRESHOLD,
    /** {@link #COMPANY_STRUCTURE}. */
    COMPANY_STRUCTURE,
    /** {@link #NON_US_ENTITY}. */
    NON_US_ENTITY,
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
      case "BelowThreshold" -> isKnown() ? Kind.BELOW_THRESHOLD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "CompanyStructure" -> isKnown() ? Kind.COMPANY_STRUCTURE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "NonUsEntity" -> isKnown() ? Kind.NON_US_ENTITY : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static Form1099ExclusionReason of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099ExclusionReason> knownValues() {
    return REGISTRY.knownValues();
  }
}
