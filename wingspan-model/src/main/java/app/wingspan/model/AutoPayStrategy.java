package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a client pays a member's invoices automatically.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientData.autoPayStrategy.
 */
public final class AutoPayStrategy implements OpenEnum {
  private static final Map<String, AutoPayStrategy> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "All"}. */
  public static final AutoPayStrategy ALL = known("All");

  /** Wire value {@code "None"}. */
  public static final AutoPayStrategy NONE = known("None");

  private final String value;
  private final boolean known;

  private AutoPayStrategy(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static AutoPayStrategy known(String value) {
    AutoPayStrategy constant = new AutoPayStrategy(value, true);
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
  public static AutoPayStrategy of(String value) {
    Objects.requireNonNull(value, "value");
    AutoPayStrategy constant = KNOWN.get(value);
    return constant != null ? constant : new AutoPayStrategy(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<AutoPayStrategy> knownValues() {
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
    return other instanceof AutoPayStrategy that && value.equals(that.value);
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
