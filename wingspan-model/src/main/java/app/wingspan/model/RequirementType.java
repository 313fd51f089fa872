package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kind of eligibility requirement a collaborator must meet.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire:
 * MemberClientRequirementResponse.requirementType.
 */
public final class RequirementType implements OpenEnum {
  private static final Map<String, RequirementType> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Signature"}. */
  public static final RequirementType SIGNATURE = known("Signature");

  private final String value;
  private final boolean known;

  private RequirementType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static RequirementType known(String value) {
    RequirementType constant = new RequirementType(value, true);
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
  public static RequirementType of(String value) {
    Objects.requireNonNull(value, "value");
    RequirementType constant = KNOWN.get(value);
    return constant != null ? constant : new RequirementType(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<RequirementType> knownValues() {
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
    return other instanceof RequirementType that && value.equals(that.value);
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
