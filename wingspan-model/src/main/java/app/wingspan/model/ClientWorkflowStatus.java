// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The client's own approval workflow state for an invoice. An open set: clients must accept values
 * not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * ClientOptions.workflowStatus.
 */
public final class ClientWorkflowStatus extends OpenEnumValue {
  private static final Registry<ClientWorkflowStatus> REGISTRY =
      new Registry<>(ClientWorkflowStatus::new);

  /** Wire value {@code "Pending"}. */
  public static final ClientWorkflowStatus PENDING = REGISTRY.known("Pending");

  /** Wire value {@code "PreApproved"}. */
  public static final ClientWorkflowStatus PRE_APPROVED = REGISTRY.known("PreApproved");

  /** Wire value {@code "Approved"}. */
  public static final ClientWorkflowStatus APPROVED = REGISTRY.known("Approved");

  /** Wire value {@code "PaymentInitiated"}. */
  public static final ClientWorkflowStatus PAYMENT_INITIATED = REGISTRY.known("PaymentInitiated");

  /** Wire value {@code "Funded"}. */
  public static final ClientWorkflowStatus FUNDED = REGISTRY.known("Funded");

  /** Wire value {@code "Declined"}. */
  public static final ClientWorkflowStatus DECLINED = REGISTRY.known("Declined");

  private ClientWorkflowStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #PENDING}. */
    PENDING,
    /** {@link #PRE_APPROVED}. */
    PRE_APPROVED,
    /** {@link #APPROVED}. */
    APPROVED,
    /** {@link #PAYMENT_INITIATED}. */
    PAYMENT_INITIATED,
    /** {@link #FUNDED}. */
    FUNDED,
    /** {@link #DECLINED}. */
    DECLINED,
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
      case "Pending" -> isKnown() ? Kind.PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PreApproved" -> isKnown() ? Kind.PRE_APPROVED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Approved" -> isKnown() ? Kind.APPROVED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentInitiated" -> isKnown() ? Kind.PAYMENT_INITIATED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Funded" -> isKnown() ? Kind.FUNDED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Declined" -> isKnown() ? Kind.DECLINED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static ClientWorkflowStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<ClientWorkflowStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
