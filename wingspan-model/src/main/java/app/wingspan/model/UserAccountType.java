// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Whether a Wingspan user is an individual member or an enterprise. An open set: clients must
 * accept values not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClient.clientUserAccountType, UserSettings.userAccountType.
 */
public final class UserAccountType extends OpenEnumValue {
  private static final Registry<UserAccountType> REGISTRY = new Registry<>(UserAccountType::new);

  /** Wire value {@code "member"}. */
  public static final UserAccountType MEMBER = REGISTRY.known("member");

  /** Wire value {@code "enterprise"}. */
  public static final UserAccountType ENTERPRISE = REGISTRY.known("enterprise");

  private UserAccountType(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #MEMBER}. */
    MEMBER,
    /** {@link #ENTERPRISE}. */
    ENTERPRISE,
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
      case "member" -> isKnown() ? Kind.MEMBER : Kind.UNKNOWN_TO_SDK_VERSION;
      case "enterprise" -> isKnown() ? Kind.ENTERPRISE : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static UserAccountType of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<UserAccountType> knownValues() {
    return REGISTRY.knownValues();
  }
}
