// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * State of a member's dispute of a 1099 form. An open set: clients must accept values not listed
 * here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: Form1099Dispute.status.
 */
public final class Form1099DisputeStatus extends OpenEnumValue {
  private static final Registry<Form1099DisputeStatus> REGISTRY =
      new Registry<>(Form1099DisputeStatus::new);

  /** Wire value {@code "Open"}. */
  public static final Form1099DisputeStatus OPEN = REGISTRY.known("Open");

  /** Wire value {@code "Accepted"}. */
  public static final Form1099DisputeStatus ACCEPTED = REGISTRY.known("Accepted");

  /** Wire value {@code "Rejected"}. */
  public static final Form1099DisputeStatus REJECTED = REGISTRY.known("Rejected");

  private Form1099DisputeStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #OPEN}. */
    OPEN,
    /** {@link #ACCEPTED}. */
    ACCEPTED,
    /** {@link #REJECTED}. */
    REJECTED,
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
      case "Open" -> isKnown() ? Kind.OPEN : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Accepted" -> isKnown() ? Kind.ACCEPTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Rejected" -> isKnown() ? Kind.REJECTED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static Form1099DisputeStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099DisputeStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
