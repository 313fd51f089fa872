// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Where a client invoice stands in its life: drafted, open for payment, overdue, cancelled,
 * pending, payment in transit, or paid. An open set: clients must accept values not listed here;
 * requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: ClientInvoice.status,
 * ClientInvoiceUpdateRequest.status.
 */
public final class InvoiceStatus extends OpenEnumValue {
  private static final Registry<InvoiceStatus> REGISTRY = new Registry<>(InvoiceStatus::new);

  /** Wire value {@code "Draft"}. */
  public static final InvoiceStatus DRAFT = REGISTRY.known("Draft");

  /** Wire value {@code "Open"}. */
  public static final InvoiceStatus OPEN = REGISTRY.known("Open");

  /** Wire value {@code "Overdue"}. */
  public static final InvoiceStatus OVERDUE = REGISTRY.known("Overdue");

  /** Wire value {@code "Cancelled"}. */
  public static final InvoiceStatus CANCELLED = REGISTRY.known("Cancelled");

  /** Wire value {@code "Pending"}. */
  public static final InvoiceStatus PENDING = REGISTRY.known("Pending");

  /** Wire value {@code "PaymentInTransit"}. */
  public static final InvoiceStatus PAYMENT_IN_TRANSIT = REGISTRY.known("PaymentInTransit");

  /** Wire value {@code "Paid"}. */
  public static final InvoiceStatus PAID = REGISTRY.known("Paid");

  private InvoiceStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #DRAFT}. */
    DRAFT,
    /** {@link #OPEN}. */
    OPEN,
    /** {@link #OVERDUE}. */
    OVERDUE,
    /** {@link #CANCELLED}. */
    CANCELLED,
    /** {@link #PENDING}. */
    PENDING,
    /** {@link #PAYMENT_IN_TRANSIT}. */
    PAYMENT_IN_TRANSIT,
    /** {@link #PAID}. */
    PAID,
    /** A value this code does not know; {@link #value()} has its wire string. */
    UNKNOWN_TO_SDK_VERSION
  }

  /**
   * This value as a {@link Kind}, to {@code switch} on: {@link Kind#UNKNOWN_TO_SDK_VERSION} for a
   * value this code does not know (its wire string stays in {@link #value()}).
   *
   * @return the matching constant, never null
   */
  public Kind kind() {
    return switch (value()) {
      case "Draft" -> isKnown() ? Kind.DRAFT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Open" -> isKnown() ? Kind.OPEN : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Overdue" -> isKnown() ? Kind.OVERDUE : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Cancelled" -> isKnown() ? Kind.CANCELLED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Pending" -> isKnown() ? Kind.PENDING : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PaymentInTransit" -> isKnown() ? Kind.PAYMENT_IN_TRANSIT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Paid" -> isKnown() ? Kind.PAID : Kind.UNKNOWN_TO_SDK_VERSION;
      default -> Kind.UNKNOWN_TO_SDK_VERSION;
    };
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string
   * as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static InvoiceStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<InvoiceStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
