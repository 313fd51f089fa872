package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Progress of the member's tax documentation for a client.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClient.taxStatus.
 */
public final class TaxStatus implements OpenEnum {
  private static final Map<String, TaxStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Complete"}. */
  public static final TaxStatus COMPLETE = known("Complete");

  /** Wire value {@code "Failed"}. */
  public static final TaxStatus FAILED = known("Failed");

  /** Wire value {@code "Pending"}. */
  public static final TaxStatus PENDING = known("Pending");

  /** Wire value {@code "Incomplete"}. */
  public static final TaxStatus INCOMPLETE = known("Incomplete");

  private final String value;
  private final boolean known;

  private TaxStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static TaxStatus known(String value) {
    TaxStatus constant = new TaxStatus(value, true);
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
  public static TaxStatus of(String value) {
    Objects.requireNonNull(value, "value");
    TaxStatus constant = KNOWN.get(value);
    return constant != null ? constant : new TaxStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<TaxStatus> knownValues() {
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
    return other instanceof TaxStatus that && value.equals(that.value);
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
