package app.wingspan.server.payment;

/**
 * The processor does not know the card or bank account named in a pay request (HTTP 422 naming the
 * field).
 */
public final class UnknownPaymentMethodException extends RuntimeException {
  public UnknownPaymentMethodException(String message) {
    super(message, null, false, false);
  }
}
