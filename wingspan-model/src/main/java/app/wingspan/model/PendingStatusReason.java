package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why an invoice sits in the Pending status.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: InvoiceMetadata.pendingStatusReason.
 */
public final class PendingStatusReason implements OpenEnum {
  private static final Map<String, PendingStatusReason> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "CollaboratorMissingCustomEligibilityRequirement"}. */
  public static final PendingStatusReason COLLABORATOR_MISSING_CUSTOM_ELIGIBILITY_REQUIREMENT = known("CollaboratorMissingCustomEligibilityRequirement");

  /** Wire value {@code "CollaboratorMissingEligibilityRequirement"}. */
  public static final PendingStatusReason COLLABORATOR_MISSING_ELIGIBILITY_REQUIREMENT = known("CollaboratorMissingEligibilityRequirement");

  /** Wire value {@code "MemberPayoutMethodNotSelected"}. */
  public static final PendingStatusReason MEMBER_PAYOUT_METHOD_NOT_SELECTED = known("MemberPayoutMethodNotSelected");

  /** Wire value {@code "MemberTaxDocumentationNotVerified"}. */
  public static final PendingStatusReason MEMBER_TAX_DOCUMENTATION_NOT_VERIFIED = known("MemberTaxDocumentationNotVerified");

  private final String value;
  private final boolean known;

  private PendingStatusReason(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PendingStatusReason known(String value) {
    PendingStatusReason constant = new PendingStatusReason(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PendingStatusReason of(String value) {
    Objects.requireNonNull(value, "value");
    PendingStatusReason constant = KNOWN.get(value);
    return constant != null ? constant : new PendingStatusReason(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PendingStatusReason> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PendingStatusReason that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
