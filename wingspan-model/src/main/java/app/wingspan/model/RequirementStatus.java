// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Progress of an eligibility requirement. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClientRequirementResponse.status.
 */
public final class RequirementStatus extends OpenEnumValue {
  private static final Registry<RequirementStatus> REGISTRY =
      new Registry<>(RequirementStatus::new);

  /** Wire value {@code "New"}. */
  public static final RequirementStatus NEW = REGISTRY.known("New");

  /** Wire value {@code "Sent"}. */
  public static final RequirementStatus SENT = REGISTRY.known("Sent");

  /** Wire value {@code "Pending"}. */
  public static final RequirementStatus PENDING = REGISTRY.known("Pending");

  /** Wire value {@code "Complete"}. */
  public static final RequirementStatus COMPLETE = REGISTRY.known("Complete");

  private RequirementStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #NEW}. */
    NEW,
    /** {@link #SENT}. */
    SENT,
    /** {@link #PENDING}. */
    PENDING,
    /** {@link #COMPLETE}. */
    COMPLETE,
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
      case "New" -> isKnown() ? Kind.NEW : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Sent" -> isKnown() ? Kind.SENT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Pending" -> isKnown() ? Kind.PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Complete" -> isKnown() ? Kind.COMPLETE : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static RequirementStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<RequirementStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
