// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The member's (payee's) workflow state for an invoice: disputed, accepted or resubmitted. An open
 * set: clients must accept values not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberOptions.workflowStatus.
 */
public final class MemberWorkflowStatus extends OpenEnumValue {
  private static final Registry<MemberWorkflowStatus> REGISTRY =
      new Registry<>(MemberWorkflowStatus::new);

  /** Wire value {@code "Disputed"}. */
  public static final MemberWorkflowStatus DISPUTED = REGISTRY.known("Disputed");

  /** Wire value {@code "Accepted"}. */
  public static final MemberWorkflowStatus ACCEPTED = REGISTRY.known("Accepted");

  /** Wire value {@code "Resubmitted"}. */
  public static final MemberWorkflowStatus RESUBMITTED = REGISTRY.known("Resubmitted");

  private MemberWorkflowStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #DISPUTED}. */
    DISPUTED,
    /** {@link #ACCEPTED}. */
    ACCEPTED,
    /** {@link #RESUBMITTED}. */
    RESUBMITTED,
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
      case "Disputed" -> isKnown() ? Kind.DISPUTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Accepted" -> isKnown() ? Kind.ACCEPTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Resubmitted" -> isKnown() ? Kind.RESUBMITTED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static MemberWorkflowStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<MemberWorkflowStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
