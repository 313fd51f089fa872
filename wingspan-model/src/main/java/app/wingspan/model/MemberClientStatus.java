package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * State of the relationship between a member and a client.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClient.status.
 */
public final class MemberClientStatus implements OpenEnum {
  private static final Map<String, MemberClientStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Active"}. */
  public static final MemberClientStatus ACTIVE = known("Active");

  /** Wire value {@code "Inactive"}. */
  public static final MemberClientStatus INACTIVE = known("Inactive");

  /** Wire value {@code "Pending"}. */
  public static final MemberClientStatus PENDING = known("Pending");

  private final String value;
  private final boolean known;

  private MemberClientStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static MemberClientStatus known(String value) {
    MemberClientStatus constant = new MemberClientStatus(value, true);
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
  public static MemberClientStatus of(String value) {
    Objects.requireNonNull(value, "value");
    MemberClientStatus constant = KNOWN.get(value);
    return constant != null ? constant : new MemberClientStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<MemberClientStatus> knownValues() {
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
    return other instanceof MemberClientStatus that && value.equals(that.value);
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
