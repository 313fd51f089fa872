package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a client invoice stands in its life: drafted, open for payment, overdue, cancelled, pending, payment
 * in transit, or paid.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientInvoice.status,
 * ClientInvoiceUpdateRequest.status.
 */
public final class InvoiceStatus implements OpenEnum {
  private static final Map<String, InvoiceStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Draft"}. */
  public static final InvoiceStatus DRAFT = known("Draft");

  /** Wire value {@code "Open"}. */
  public static final InvoiceStatus OPEN = known("Open");

  /** Wire value {@code "Overdue"}. */
  public static final InvoiceStatus OVERDUE = known("Overdue");

  /** Wire value {@code "Cancelled"}. */
  public static final InvoiceStatus CANCELLED = known("Cancelled");

  /** Wire value {@code "Pending"}. */
  public static final InvoiceStatus PENDING = known("Pending");

  /** Wire value {@code "PaymentInTransit"}. */
  public static final InvoiceStatus PAYMENT_IN_TRANSIT = known("PaymentInTransit");

  /** Wire value {@code "Paid"}. */
  public static final InvoiceStatus PAID = known("Paid");

  private final String value;
  private final boolean known;

  private InvoiceStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static InvoiceStatus known(String value) {
    InvoiceStatus constant = new InvoiceStatus(value, true);
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
  public static InvoiceStatus of(String value) {
    Objects.requireNonNull(value, "value");
    InvoiceStatus constant = KNOWN.get(value);
    return constant != null ? constant : new InvoiceStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<InvoiceStatus> knownValues() {
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
    return other instanceof InvoiceStatus that && value.equals(that.value);
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
