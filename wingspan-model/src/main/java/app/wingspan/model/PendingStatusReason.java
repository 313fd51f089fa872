// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Why an invoice sits in the Pending status. An open set: clients must accept values not listed
 * here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * InvoiceMetadata.pendingStatusReason.
 */
public final class PendingStatusReason extends OpenEnumValue {
  private static final Registry<PendingStatusReason> REGISTRY =
      new Registry<>(PendingStatusReason::new);

  /** Wire value {@code "CollaboratorMissingCustomEligibilityRequirement"}. */
  public static final PendingStatusReason COLLABORATOR_MISSING_CUSTOM_ELIGIBILITY_REQUIREMENT =
      REGISTRY.known("CollaboratorMissingCustomEligibilityRequirement");

  /** Wire value {@code "CollaboratorMissingEligibilityRequirement"}. */
  public static final PendingStatusReason COLLABORATOR_MISSING_ELIGIBILITY_REQUIREMENT =
      REGISTRY.known("CollaboratorMissingEligibilityRequirement");

  /** Wire value {@code "MemberPayoutMethodNotSelected"}. */
  public static final PendingStatusReason MEMBER_PAYOUT_METHOD_NOT_SELECTED =
      REGISTRY.known("MemberPayoutMethodNotSelected");

  /** Wire value {@code "MemberTaxDocumentationNotVerified"}. */
  public static final PendingStatusReason MEMBER_TAX_DOCUMENTATION_NOT_VERIFIED =
      REGISTRY.known("MemberTaxDocumentationNotVerified");

  private PendingStatusReason(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #COLLABORATOR_MISSING_CUSTOM_ELIGIBILITY_REQUIREMENT}. */
    COLLABORATOR_MISSING_CUSTOM_ELIGIBILITY_REQUIREMENT,
    /** {@link #COLLABORATOR_MISSING_ELIGIBILITY_REQUIREMENT}. */
    COLLABORATOR_MISSING_ELIGIBILITY_REQUIREMENT,
    /** {@link #MEMBER_PAYOUT_METHOD_NOT_SELECTED}. */
    MEMBER_PAYOUT_METHOD_NOT_SELECTED,
    /** {@link #MEMBER_TAX_DOCUMENTATION_NOT_VERIFIED}. */
    MEMBER_TAX_DOCUMENTATION_NOT_VERIFIED,
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
      case "CollaboratorMissingCustomEligibilityRequirement" ->
          isKnown()
              ? Kind.COLLABORATOR_MISSING_CUSTOM_ELIGIBILITY_REQUIREMENT
              : Kind.UNKNOWN_TO_SDK_VERSION;
      case "CollaboratorMissingEligibilityRequirement" ->
          isKnown()
              ? Kind.COLLABORATOR_MISSING_ELIGIBILITY_REQUIREMENT
              : Kind.UNKNOWN_TO_SDK_VERSION;
      case "MemberPayoutMethodNotSelected" ->
          isKnown() ? Kind.MEMBER_PAYOUT_METHOD_NOT_SELECTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "MemberTaxDocumentationNotVerified" ->
          isKnown() ? Kind.MEMBER_TAX_DOCUMENTATION_NOT_VERIFIED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static PendingStatusReason of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PendingStatusReason> knownValues() {
    return REGISTRY.knownValues();
  }
}
