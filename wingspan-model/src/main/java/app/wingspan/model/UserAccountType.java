package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a Wingspan user is an individual member or an enterprise.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClient.clientUserAccountType, the user
 * settings object's userAccountType.
 */
public final class UserAccountType implements OpenEnum {
  private static final Map<String, UserAccountType> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "member"}. */
  public static final UserAccountType MEMBER = known("member");

  /** Wire value {@code "enterprise"}. */
  public static final UserAccountType ENTERPRISE = known("enterprise");

  private final String value;
  private final boolean known;

  private UserAccountType(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static UserAccountType known(String value) {
    UserAccountType constant = new UserAccountType(value, true);
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
  public static UserAccountType of(String value) {
    Objects.requireNonNull(value, "value");
    UserAccountType constant = KNOWN.get(value);
    return constant != null ? constant : new UserAccountType(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<UserAccountType> knownValues() {
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
    return other instanceof UserAccountType that && value.equals(that.value);
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
