// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * State of the relationship between a member and a client. An open set: clients must accept values
 * not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: MemberClient.status.
 */
public final class MemberClientStatus extends OpenEnumValue {
  private static final Registry<MemberClientStatus> REGISTRY =
      new Registry<>(MemberClientStatus::new);

  /** Wire value {@code "Active"}. */
  public static final MemberClientStatus ACTIVE = REGISTRY.known("Active");

  /** Wire value {@code "Inactive"}. */
  public static final MemberClientStatus INACTIVE = REGISTRY.known("Inactive");

  /** Wire value {@code "Pending"}. */
  public static final MemberClientStatus PENDING = REGISTRY.known("Pending");

  private MemberClientStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #ACTIVE}. */
    ACTIVE,
    /** {@link #INACTIVE}. */
    INACTIVE,
    /** {@link #PENDING}. */
    PENDING,
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
      case "Active" -> isKnown() ? Kind.ACTIVE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Inactive" -> isKnown() ? Kind.INACTIVE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Pending" -> isKnown() ? Kind.PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static MemberClientStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<MemberClientStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
