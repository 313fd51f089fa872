package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * State of a Wingspan user account.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: RedactedUser.status.
 */
public final class UserStatus implements OpenEnum {
  private static final Map<String, UserStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Pending"}. */
  public static final UserStatus PENDING = known("Pending");

  /** Wire value {@code "Active"}. */
  public static final UserStatus ACTIVE = known("Active");

  /** Wire value {@code "Disabled"}. */
  public static final UserStatus DISABLED = known("Disabled");

  private final String value;
  private final boolean known;

  private UserStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static UserStatus known(String value) {
    UserStatus constant = new UserStatus(value, true);
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
  public static UserStatus of(String value) {
    Objects.requireNonNull(value, "value");
    UserStatus constant = KNOWN.get(value);
    return constant != null ? constant : new UserStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<UserStatus> knownValues() {
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
    return other instanceof UserStatus that && value.equals(that.value);
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
