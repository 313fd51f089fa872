package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Unit of a recurring schedule.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: Frequency.interval.
 */
public final class FrequencyInterval implements OpenEnum {
  private static final Map<String, FrequencyInterval> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Week"}. */
  public static final FrequencyInterval WEEK = known("Week");

  /** Wire value {@code "Month"}. */
  public static final FrequencyInterval MONTH = known("Month");

  private final String value;
  private final boolean known;

  private FrequencyInterval(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static FrequencyInterval known(String value) {
    FrequencyInterval constant = new FrequencyInterval(value, true);
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
  public static FrequencyInterval of(String value) {
    Objects.requireNonNull(value, "value");
    FrequencyInterval constant = KNOWN.get(value);
    return constant != null ? constant : new FrequencyInterval(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<FrequencyInterval> knownValues() {
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
    return other instanceof FrequencyInterval that && value.equals(that.value);
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
