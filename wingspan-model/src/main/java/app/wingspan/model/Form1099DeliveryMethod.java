// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a 1099 form reaches the member. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClientForm1099Balances.deliveryMethod.
 */
public final class Form1099DeliveryMethod extends OpenEnumValue {
  private static final Registry<Form1099DeliveryMethod> REGISTRY =
      new Registry<>(Form1099DeliveryMethod::new);

  /** Wire value {@code "Electronic"}. */
  public static final Form1099DeliveryMethod ELECTRONIC = REGISTRY.known("Electronic");

  /** Wire value {@code "Mail"}. */
  public static final Form1099DeliveryMethod MAIL = REGISTRY.known("Mail");

  private Form1099DeliveryMethod(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #ELECTRONIC}. */
    ELECTRONIC,
    /** {@link #MAIL}. */
    MAIL,
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
      case "Electronic" -> isKnown() ? Kind.ELECTRONIC : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Mail" -> isKnown() ? Kind.MAIL : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static Form1099DeliveryMethod of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099DeliveryMethod> knownValues() {
    return REGISTRY.knownValues();
  }
}
