package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a payout to the member has not gone out yet.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: InvoiceMetadata.payoutPendingReason.
 */
public final class PayoutPendingReason implements OpenEnum {
  private static final Map<String, PayoutPendingReason> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Admin"}. */
  public static final PayoutPendingReason ADMIN = known("Admin");

  /** Wire value {@code "PaymentNotClearedCard"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_CARD = known("PaymentNotClearedCard");

  /** Wire value {@code "PaymentNotCleared"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED = known("PaymentNotCleared");

  /** Wire value {@code "PaymentNotClearedCollaborator"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_COLLABORATOR = known("PaymentNotClearedCollaborator");

  /** Wire value {@code "PaymentNotClearedFuture"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_FUTURE = known("PaymentNotClearedFuture");

  /** Wire value {@code "PlatformErrorCard"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_CARD = known("PlatformErrorCard");

  /** Wire value {@code "PlatformErrorGeneric"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_GENERIC = known("PlatformErrorGeneric");

  /** Wire value {@code "PayoutNotEligibleYet"}. */
  public static final PayoutPendingReason PAYOUT_NOT_ELIGIBLE_YET = known("PayoutNotEligibleYet");

  /** Wire value {@code "PayoutMethodNotSelected"}. */
  public static final PayoutPendingReason PAYOUT_METHOD_NOT_SELECTED = known("PayoutMethodNotSelected");

  /** Wire value {@code "PayoutMethodError"}. */
  public static final PayoutPendingReason PAYOUT_METHOD_ERROR = known("PayoutMethodError");

  /** Wire value {@code "PlatformErrorGiftCard"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_GIFT_CARD = known("PlatformErrorGiftCard");

  /** Wire value {@code "PayoutGiftCardLinkPending"}. */
  public static final PayoutPendingReason PAYOUT_GIFT_CARD_LINK_PENDING = known("PayoutGiftCardLinkPending");

  /** Wire value {@code "InstantPayoutMethodNotSelected"}. */
  public static final PayoutPendingReason INSTANT_PAYOUT_METHOD_NOT_SELECTED = known("InstantPayoutMethodNotSelected");

  /** Wire value {@code "PlatformErrorInstantPayout"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_INSTANT_PAYOUT = known("PlatformErrorInstantPayout");

  /** Wire value {@code "InstantPayoutNotEligibleYet"}. */
  public static final PayoutPendingReason INSTANT_PAYOUT_NOT_ELIGIBLE_YET = known("InstantPayoutNotEligibleYet");

  /** Wire value {@code "PlatformErrorCurrencyCloud"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_CURRENCY_CLOUD = known("PlatformErrorCurrencyCloud");

  private final String value;
  private final boolean known;

  private PayoutPendingReason(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static PayoutPendingReason known(String value) {
    PayoutPendingReason constant = new PayoutPendingReason(value, true);
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
  public static PayoutPendingReason of(String value) {
    Objects.requireNonNull(value, "value");
    PayoutPendingReason constant = KNOWN.get(value);
    return constant != null ? constant : new PayoutPendingReason(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PayoutPendingReason> knownValues() {
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
    return other instanceof PayoutPendingReason that && value.equals(that.value);
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
