package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finer step inside a client or member workflow status.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientOptions.workflowSubStatus,
 * MemberOptions.workflowSubStatus.
 */
public final class WorkflowSubStatus implements OpenEnum {
  private static final Map<String, WorkflowSubStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Submitted"}. */
  public static final WorkflowSubStatus SUBMITTED = known("Submitted");

  private final String value;
  private final boolean known;

  private WorkflowSubStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static WorkflowSubStatus known(String value) {
    WorkflowSubStatus constant = new WorkflowSubStatus(value, true);
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
  public static WorkflowSubStatus of(String value) {
    Objects.requireNonNull(value, "value");
    WorkflowSubStatus constant = KNOWN.get(value);
    return constant != null ? constant : new WorkflowSubStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<WorkflowSubStatus> knownValues() {
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
    return other instanceof WorkflowSubStatus that && value.equals(that.value);
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
