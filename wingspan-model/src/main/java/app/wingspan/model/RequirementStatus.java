package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Progress of an eligibility requirement.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClientRequirementResponse.status.
 */
public final class RequirementStatus implements OpenEnum {
  private static final Map<String, RequirementStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "New"}. */
  public static final RequirementStatus NEW = known("New");

  /** Wire value {@code "Sent"}. */
  public static final RequirementStatus SENT = known("Sent");

  /** Wire value {@code "Pending"}. */
  public static final RequirementStatus PENDING = known("Pending");

  /** Wire value {@code "Complete"}. */
  public static final RequirementStatus COMPLETE = known("Complete");

  private final String value;
  private final boolean known;

  private RequirementStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static RequirementStatus known(String value) {
    RequirementStatus constant = new RequirementStatus(value, true);
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
  public static RequirementStatus of(String value) {
    Objects.requireNonNull(value, "value");
    RequirementStatus constant = KNOWN.get(value);
    return constant != null ? constant : new RequirementStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<RequirementStatus> knownValues() {
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
    return other instanceof RequirementStatus that && value.equals(that.value);
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
