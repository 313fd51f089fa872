// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Progress of the member's tax documentation for a client. An open set: clients must accept values
 * not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: MemberClient.taxStatus.
 */
public final class TaxStatus extends OpenEnumValue {
  private static final Registry<TaxStatus> REGISTRY = new Registry<>(TaxStatus::new);

  /** Wire value {@code "Complete"}. */
  public static final TaxStatus COMPLETE = REGISTRY.known("Complete");

  /** Wire value {@code "Failed"}. */
  public static final TaxStatus FAILED = REGISTRY.known("Failed");

  /** Wire value {@code "Pending"}. */
  public static final TaxStatus PENDING = REGISTRY.known("Pending");

  /** Wire value {@code "Incomplete"}. */
  public static final TaxStatus INCOMPLETE = REGISTRY.known("Incomplete");

  private TaxStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #COMPLETE}. */
    COMPLETE,
    /** {@link #FAILED}. */
    FAILED,
    /** {@link #PENDING}. */
    PENDING,
    /** {@link #INCOMPLETE}. */
    INCOMPLETE,
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
      case "Complete" -> isKnown() ? Kind.COMPLETE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Failed" -> isKnown() ? Kind.FAILED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Pending" -> isKnown() ? Kind.PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Incomplete" -> isKnown() ? Kind.INCOMPLETE : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static TaxStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<TaxStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
