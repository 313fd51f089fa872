package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client's own approval workflow state for an invoice.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientOptions.workflowStatus.
 */
public final class ClientWorkflowStatus implements OpenEnum {
  private static final Map<String, ClientWorkflowStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Pending"}. */
  public static final ClientWorkflowStatus PENDING = known("Pending");

  /** Wire value {@code "PreApproved"}. */
  public static final ClientWorkflowStatus PRE_APPROVED = known("PreApproved");

  /** Wire value {@code "Approved"}. */
  public static final ClientWorkflowStatus APPROVED = known("Approved");

  /** Wire value {@code "PaymentInitiated"}. */
  public static final ClientWorkflowStatus PAYMENT_INITIATED = known("PaymentInitiated");

  /** Wire value {@code "Funded"}. */
  public static final ClientWorkflowStatus FUNDED = known("Funded");

  /** Wire value {@code "Declined"}. */
  public static final ClientWorkflowStatus DECLINED = known("Declined");

  private final String value;
  private final boolean known;

  private ClientWorkflowStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static ClientWorkflowStatus known(String value) {
    ClientWorkflowStatus constant = new ClientWorkflowStatus(value, true);
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
  public static ClientWorkflowStatus of(String value) {
    Objects.requireNonNull(value, "value");
    ClientWorkflowStatus constant = KNOWN.get(value);
    return constant != null ? constant : new ClientWorkflowStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<ClientWorkflowStatus> knownValues() {
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
    return other instanceof ClientWorkflowStatus that && value.equals(that.value);
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
