package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The member's (payee's) workflow state for an invoice: disputed, accepted or resubmitted.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberOptions.workflowStatus.
 */
public final class MemberWorkflowStatus implements OpenEnum {
  private static final Map<String, MemberWorkflowStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Disputed"}. */
  public static final MemberWorkflowStatus DISPUTED = known("Disputed");

  /** Wire value {@code "Accepted"}. */
  public static final MemberWorkflowStatus ACCEPTED = known("Accepted");

  /** Wire value {@code "Resubmitted"}. */
  public static final MemberWorkflowStatus RESUBMITTED = known("Resubmitted");

  private final String value;
  private final boolean known;

  private MemberWorkflowStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static MemberWorkflowStatus known(String value) {
    MemberWorkflowStatus constant = new MemberWorkflowStatus(value, true);
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
  public static MemberWorkflowStatus of(String value) {
    Objects.requireNonNull(value, "value");
    MemberWorkflowStatus constant = KNOWN.get(value);
    return constant != null ? constant : new MemberWorkflowStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<MemberWorkflowStatus> knownValues() {
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
    return other instanceof MemberWorkflowStatus that && value.equals(that.value);
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
