// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A way the client may pay an invoice: card (credit), bank debit (ACH), or recorded manually. An open set: clients must
 * accept values not listed here; requests must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: ClientInvoice.acceptedPaymentMethods.
 */
public final class PaymentMethod extends OpenEnumValue {
  private static final Registry<PaymentMethod> REGISTRY = new Registry<>(PaymentMethod::new);

  /** Wire value {@code "Credit"}. */
  public static final PaymentMethod CREDIT = REGISTRY.known("Credit");

  /** Wire value {@code "ACH"}. */
  public static final PaymentMethod ACH = REGISTRY.known("ACH");

  /** Wire value {@code "Manual"}. */
  public static final PaymentMethod MANUAL = REGISTRY.known("Manual");

  private PaymentMethod(String value, boolean known) {
    super(value, known);
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PaymentMethod of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<PaymentMethod> knownValues() {
    return REGISTRY.knownValues();
  }
}
