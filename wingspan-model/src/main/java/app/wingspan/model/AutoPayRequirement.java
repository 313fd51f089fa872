package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a member requires the client to pay automatically.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberData.autoPayRequirement.
 */
public final class AutoPayRequirement implements OpenEnum {
  private static final Map<String, AutoPayRequirement> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "All"}. */
  public static final AutoPayRequirement ALL = known("All");

  /** Wire value {@code "None"}. */
  public static final AutoPayRequirement NONE = known("None");

  private final String value;
  private final boolean known;

  private AutoPayRequirement(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static AutoPayRequirement known(String value) {
    AutoPayRequirement constant = new AutoPayRequirement(value, true);
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
  public static AutoPayRequirement of(String value) {
    Objects.requireNonNull(value, "value");
    AutoPayRequirement constant = KNOWN.get(value);
    return constant != null ? constant : new AutoPayRequirement(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<AutoPayRequirement> knownValues() {
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
    return other instanceof AutoPayRequirement that && value.equals(that.value);
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
