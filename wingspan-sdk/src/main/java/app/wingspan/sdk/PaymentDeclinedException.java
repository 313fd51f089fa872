package app.wingspan.sdk;

import app.wingspan.model.ErrorBody;
import java.util.Optional;

/**
 * 402 Payment Required from {@link ClientInvoices#pay(String, app.wingspan.model.PayRequest)}: the
 * card was declined (error code {@code PAYMENT_DECLINED}). Nothing was charged; the invoice stays
 * payable, so the client may pay again with another card or a bank account. Not retried by the SDK:
 * the same card would be declined again.
 */
public final class PaymentDeclinedException extends ApiException {

  PaymentDeclinedException(Failure failure) {
    super(failure);
  }

  /**
   * Why the card was declined, as the processor put it for the client, e.g. {@code Your card has
   * insufficient funds.}
   *
   * @return the reason (the error body's {@code detail}), or empty when the response carried none
   */
  public Optional<String> declineReason() {
    return error().map(ErrorBody::detail).filter(detail -> !detail.isBlank());
  }
}
