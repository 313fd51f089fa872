// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Whether a member requires the client to pay automatically. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberData.autoPayRequirement.
 */
public final class AutoPayRequirement extends OpenEnumValue {
  private static final Registry<AutoPayRequirement> REGISTRY = new Registry<>(AutoPayRequirement::new);

  /** Wire value {@code "All"}. */
  public static final AutoPayRequirement ALL = REGISTRY.known("All");

  /** Wire value {@code "None"}. */
  public static final AutoPayRequirement NONE = REGISTRY.known("None");

  private AutoPayRequirement(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AutoPayRequirement of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<AutoPayRequirement> knownValues() {
    return REGISTRY.knownValues();
  }
}
