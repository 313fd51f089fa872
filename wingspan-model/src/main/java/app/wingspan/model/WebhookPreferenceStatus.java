// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Whether deliveries are made to an endpoint: Active, or Disabled by the server after its
 * deliveries failed for days. An open set: clients must accept values not listed here; requests
 * must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: WebhookPreference.status,
 * WebhookPreferenceUpdateRequest.status.
 */
public final class WebhookPreferenceStatus extends OpenEnumValue {
  private static final Registry<WebhookPreferenceStatus> REGISTRY =
      new Registry<>(WebhookPreferenceStatus::new);

  /** Wire value {@code "Active"}. */
  public static final WebhookPreferenceStatus ACTIVE = REGISTRY.known("Active");

  /** Wire value {@code "Disabled"}. */
  public static final WebhookPreferenceStatus DISABLED = REGISTRY.known("Disabled");

  private WebhookPreferenceStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #ACTIVE}. */
    ACTIVE,
    /** {@link #DISABLED}. */
    DISABLED,
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
      case "Disabled" -> isKnown() ? Kind.DISABLED : Kind.UNKNOWN_TO_SDK_VERSION;
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
  public static WebhookPreferenceStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<WebhookPreferenceStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
