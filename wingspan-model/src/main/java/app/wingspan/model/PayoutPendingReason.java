// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Why a payout to the member has not gone out yet. An open set: clients must accept values not
 * listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * InvoiceMetadata.payoutPendingReason.
 */
public final class PayoutPendingReason extends OpenEnumValue {
  private static final Registry<PayoutPendingReason> REGISTRY =
      new Registry<>(PayoutPendingReason::new);

  /** Wire value {@code "Admin"}. */
  public static final PayoutPendingReason ADMIN = REGISTRY.known("Admin");

  /** Wire value {@code "PaymentNotClearedCard"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_CARD =
      REGISTRY.known("PaymentNotClearedCard");

  /** Wire value {@code "PaymentNotCleared"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED = REGISTRY.known("PaymentNotCleared");

  /** Wire value {@code "PaymentNotClearedCollaborator"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_COLLABORATOR =
      REGISTRY.known("PaymentNotClearedCollaborator");

  /** Wire value {@code "PaymentNotClearedFuture"}. */
  public static final PayoutPendingReason PAYMENT_NOT_CLEARED_FUTURE =
      REGISTRY.known("PaymentNotClearedFuture");

  /** Wire value {@code "PlatformErrorCard"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_CARD = REGISTRY.known("PlatformErrorCard");

  /** Wire value {@code "PlatformErrorGeneric"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_GENERIC =
      REGISTRY.known("PlatformErrorGeneric");

  /** Wire value {@code "PayoutNotEligibleYet"}. */
  public static final PayoutPendingReason PAYOUT_NOT_ELIGIBLE_YET =
      REGISTRY.known("PayoutNotEligibleYet");

  /** Wire value {@code "PayoutMethodNotSelected"}. */
  public static final PayoutPendingReason PAYOUT_METHOD_NOT_SELECTED =
      REGISTRY.known("PayoutMethodNotSelected");

  /** Wire value {@code "PayoutMethodError"}. */
  public static final PayoutPendingReason PAYOUT_METHOD_ERROR = REGISTRY.known("PayoutMethodError");

  /** Wire value {@code "PlatformErrorGiftCard"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_GIFT_CARD =
      REGISTRY.known("PlatformErrorGiftCard");

  /** Wire value {@code "PayoutGiftCardLinkPending"}. */
  public static final PayoutPendingReason PAYOUT_GIFT_CARD_LINK_PENDING =
      REGISTRY.known("PayoutGiftCardLinkPending");

  /** Wire value {@code "InstantPayoutMethodNotSelected"}. */
  public static final PayoutPendingReason INSTANT_PAYOUT_METHOD_NOT_SELECTED =
      REGISTRY.known("InstantPayoutMethodNotSelected");

  /** Wire value {@code "PlatformErrorInstantPayout"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_INSTANT_PAYOUT =
      REGISTRY.known("PlatformErrorInstantPayout");

  /** Wire value {@code "InstantPayoutNotEligibleYet"}. */
  public static final PayoutPendingReason INSTANT_PAYOUT_NOT_ELIGIBLE_YET =
      REGISTRY.known("InstantPayoutNotEligibleYet");

  /** Wire value {@code "PlatformErrorCurrencyCloud"}. */
  public static final PayoutPendingReason PLATFORM_ERROR_CURRENCY_CLOUD =
      REGISTRY.known("PlatformErrorCurrencyCloud");

  private PayoutPendingReason(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #ADMIN}. */
    ADMIN,
    /** {@link #PAYMENT_NOT_CLEARED_CARD}. */
    PAYMENT_NOT_CLEARED_CARD,
    /** {@link #PAYMENT_NOT_CLEARED}. */
    PAYMENT_NOT_CLEARED,
    /** {@link #PAYMENT_NOT_CLEARED_COLLABORATOR}. */
    PAYMENT_NOT_CLEARED_COLLABORATOR,
    /** {@link #PAYMENT_NOT_CLEARED_FUTURE}. */
    PAYMENT_NOT_CLEARED_FUTURE,
    /** {@link #PLATFORM_ERROR_CARD}. */
    PLATFORM_ERROR_CARD,
    /** {@link #PLATFORM_ERROR_GENERIC}. */
    PLATFORM_ERROR_GENERIC,
    /** {@link #PAYOUT_NOT_ELIGIBLE_YET}. */
    PAYOUT_NOT_ELIGIBLE_YET,
    /** {@link #PAYOUT_METHOD_NOT_SELECTED}. */
    PAYOUT_METHOD_NOT_SELECTED,
    /** {@link #PAYOUT_METHOD_ERROR}. */
    PAYOUT_METHOD_ERROR,
    /** {@link #PLATFORM_ERROR_GIFT_CARD}. */
    PLATFORM_ERROR_GIFT_CARD,
    /** {@link #PAYOUT_GIFT_CARD_LINK_PENDING}. */
    PAYOUT_GIFT_CARD_LINK_PENDING,
    /** {@link #INSTANT_PAYOUT_METHOD_NOT_SELECTED}. */
    INSTANT_PAYOUT_METHOD_NOT_SELECTED,
    /** {@link #PLATFORM_ERROR_INSTANT_PAYOUT}. */
    PLATFORM_ERROR_INSTANT_PAYOUT,
    /** {@link #INSTANT_PAYOUT_NOT_ELIGIBLE_YET}. */
    INSTANT_PAYOUT_NOT_ELIGIBLE_YET,
    /** {@link #PLATFORM_ERROR_CURRENCY_CLOUD}. */
    PLATFORM_ERROR_CURRENCY_CLOUD,
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
      case "Admin" -> isKnown() ? Kind.ADMIN : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentNotClearedCard" ->
          isKnown() ? Kind.PAYMENT_NOT_CLEARED_CARD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentNotCleared" ->
          isKnown() ? Kind.PAYMENT_NOT_CLEARED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentNotClearedCollaborator" ->
          isKnown() ? Kind.PAYMENT_NOT_CLEARED_COLLABORATOR : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentNotClearedFuture" ->
          isKnown() ? Kind.PAYMENT_NOT_CLEARED_FUTURE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PlatformErrorCard" ->
          isKnown() ? Kind.PLATFORM_ERROR_CARD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PlatformErrorGeneric" ->
          isKnown() ? Kind.PLATFORM_ERROR_GENERIC : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PayoutNotEligibleYet" ->
          isKnown() ? Kind.PAYOUT_NOT_ELIGIBLE_YET : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PayoutMethodNotSelected" ->
          isKnown() ? Kind.PAYOUT_METHOD_NOT_SELECTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PayoutMethodError" ->
          isKnown() ? Kind.PAYOUT_METHOD_ERROR : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PlatformErrorGiftCard" ->
          isKnown() ? Kind.PLATFORM_ERROR_GIFT_CARD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PayoutGiftCardLinkPending" ->
          isKnown() ? Kind.PAYOUT_GIFT_CARD_LINK_PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
      case "InstantPayoutMethodNotSelected" ->
          isKnown() ? Kind.INSTANT_PAYOUT_METHOD_NOT_SELECTED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PlatformErrorInstantPayout" ->
          isKnown() ? Kind.PLATFORM_ERROR_INSTANT_PAYOUT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "InstantPayoutNotEligibleYet" ->
          isKnown() ? Kind.INSTANT_PAYOUT_NOT_ELIGIBLE_YET : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PlatformErrorCurrencyCloud" ->
          isKnown() ? Kind.PLATFORM_ERROR_CURRENCY_CLOUD : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static PayoutPendingReason of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PayoutPendingReason> knownValues() {
    return REGISTRY.knownValues();
  }
}
