// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Filing state of a member's 1099 form for one year. An open set: clients must accept values not
 * listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClientForm1099Balances.status.
 */
public final class Form1099Status extends OpenEnumValue {
  private static final Registry<Form1099Status> REGISTRY = new Registry<>(Form1099Status::new);

  /** Wire value {@code "Ready"}. */
  public static final Form1099Status READY = REGISTRY.known("Ready");

  /** Wire value {@code "NeedsActionInfo"}. */
  public static final Form1099Status NEEDS_ACTION_INFO = REGISTRY.known("NeedsActionInfo");

  /** Wire value {@code "NeedsActionDispute"}. */
  public static final Form1099Status NEEDS_ACTION_DISPUTE = REGISTRY.known("NeedsActionDispute");

  /** Wire value {@code "Submitted"}. */
  public static final Form1099Status SUBMITTED = REGISTRY.known("Submitted");

  /** Wire value {@code "Rejected"}. */
  public static final Form1099Status REJECTED = REGISTRY.known("Rejected");

  /** Wire value {@code "Accepted"}. */
  public static final Form1099Status ACCEPTED = REGISTRY.known("Accepted");

  /** Wire value {@code "Excluded"}. */
  public static final Form1099Status EXCLUDED = REGISTRY.known("Excluded");

  private Form1099Status(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #READY}. */
    READY,
    /** {@link #NEEDS_ACTION_INFO}. */
    NEEDS_ACTION_INFO,
    /** {@link #NEEDS_ACTION_DISPUTE}. */
    NEEDS_ACTION_DISPUTE,
    /** {@link #SUBMITTED}. */
    SUBMITTED,
    /** {@link #REJECTED}. */
    REJECTED,
    /** {@link #ACCEPTED}. */
    ACCEPTED,
    /** {@link #EXCLUDED}. */
    EXCLUDED,
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
      case "Ready" -> isKnown() ? Kind.READY : Kind.UNKNOWN_TO_SDK_VERSION;
      case "NeedsActionInfo" -> isKnown() ? Kind.NEEDS_ACTION_INFO : Kind.UNKNOWN_TO_SDK_VERSION;
      case "NeedsActionDispute" ->
          isKnown() ? Kind.NEEDS_ACTION_DISPUTE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Submitted" -> isKnown() ? Kind.SUBMITTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Rejected" -> isKnown() ? Kind.REJECTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Accepted" -> isKnown() ? Kind.ACCEPTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Excluded" -> isKnown() ? Kind.EXCLUDED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static Form1099Status of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099Status> knownValues() {
    return REGISTRY.knownValues();
  }
}
