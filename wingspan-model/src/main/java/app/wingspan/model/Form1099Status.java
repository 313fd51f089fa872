package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Filing state of a member's 1099 form for one year.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberClientForm1099Balances.status.
 */
public final class Form1099Status implements OpenEnum {
  private static final Map<String, Form1099Status> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Ready"}. */
  public static final Form1099Status READY = known("Ready");

  /** Wire value {@code "NeedsActionInfo"}. */
  public static final Form1099Status NEEDS_ACTION_INFO = known("NeedsActionInfo");

  /** Wire value {@code "NeedsActionDispute"}. */
  public static final Form1099Status NEEDS_ACTION_DISPUTE = known("NeedsActionDispute");

  /** Wire value {@code "Submitted"}. */
  public static final Form1099Status SUBMITTED = known("Submitted");

  /** Wire value {@code "Rejected"}. */
  public static final Form1099Status REJECTED = known("Rejected");

  /** Wire value {@code "Accepted"}. */
  public static final Form1099Status ACCEPTED = known("Accepted");

  /** Wire value {@code "Excluded"}. */
  public static final Form1099Status EXCLUDED = known("Excluded");

  private final String value;
  private final boolean known;

  private Form1099Status(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Form1099Status known(String value) {
    Form1099Status constant = new Form1099Status(value, true);
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
  public static Form1099Status of(String value) {
    Objects.requireNonNull(value, "value");
    Form1099Status constant = KNOWN.get(value);
    return constant != null ? constant : new Form1099Status(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099Status> knownValues() {
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
    return other instanceof Form1099Status that && value.equals(that.value);
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
