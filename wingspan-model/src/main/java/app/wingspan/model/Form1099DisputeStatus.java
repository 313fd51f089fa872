package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * State of a member's dispute of a 1099 form.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: the 1099 dispute object's status.
 */
public final class Form1099DisputeStatus implements OpenEnum {
  private static final Map<String, Form1099DisputeStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Open"}. */
  public static final Form1099DisputeStatus OPEN = known("Open");

  /** Wire value {@code "Accepted"}. */
  public static final Form1099DisputeStatus ACCEPTED = known("Accepted");

  /** Wire value {@code "Rejected"}. */
  public static final Form1099DisputeStatus REJECTED = known("Rejected");

  private final String value;
  private final boolean known;

  private Form1099DisputeStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static Form1099DisputeStatus known(String value) {
    Form1099DisputeStatus constant = new Form1099DisputeStatus(value, true);
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
  public static Form1099DisputeStatus of(String value) {
    Objects.requireNonNull(value, "value");
    Form1099DisputeStatus constant = KNOWN.get(value);
    return constant != null ? constant : new Form1099DisputeStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<Form1099DisputeStatus> knownValues() {
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
    return other instanceof Form1099DisputeStatus that && value.equals(that.value);
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
