// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Kind of payment instrument used to pay an invoice. An open set: clients must accept values not
 * listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: PaymentInfo.meansType.
 */
public final class PaymentMeansType extends OpenEnumValue {
  private static final Registry<PaymentMeansType> REGISTRY = new Registry<>(PaymentMeansType::new);

  /** Wire value {@code "Card"}. */
  public static final PaymentMeansType CARD = REGISTRY.known("Card");

  /** Wire value {@code "Account"}. */
  public static final PaymentMeansType ACCOUNT = REGISTRY.known("Account");

  /** Wire value {@code "InternalAccount"}. */
  public static final PaymentMeansType INTERNAL_ACCOUNT = REGISTRY.known("InternalAccount");

  private PaymentMeansType(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #CARD}. */
    CARD,
    /** {@link #ACCOUNT}. */
    ACCOUNT,
    /** {@link #INTERNAL_ACCOUNT}. */
    INTERNAL_ACCOUNT,
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
      case "Card" -> isKnown() ? Kind.CARD : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Account" -> isKnown() ? Kind.ACCOUNT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "InternalAccount" -> isKnown() ? Kind.INTERNAL_ACCOUNT : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static PaymentMeansType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMeansType> knownValues() {
    return REGISTRY.knownValues();
  }
}
