package app.wingspan.sdk;

/**
 * The base of every exception the SDK throws for a call that did not succeed. Unchecked.
 *
 * <ul>
 *   <li>{@link ApiException} and its subtypes: the server answered with a non-2xx status.
 *   <li>{@link NetworkException} and {@link RequestTimeoutException}: no complete response arrived.
 *   <li>{@link UnexpectedResponseException}: a 2xx response whose body is not the JSON the
 *       operation returns.
 *   <li>{@link RequestInterruptedException}: the calling thread was interrupted.
 *   <li>{@link BearerTokenException}: the bearer token supplier failed, so nothing was sent.
 *   <li>{@link WebhookVerificationException}: a webhook delivery failed {@link
 *       Webhooks#constructEvent verification}; no call was involved.
 * </ul>
 *
 * <p>Messages name the method, path, status, error code, request id and the attempt count where
 * known; they never contain the bearer token.
 *
 * <p>Every subtype has a public factory ({@code of(...)}) for tests of code that uses the SDK: a
 * fake {@link ClientInvoices} throws what a real call would.
 */
public abstract sealed class WingspanException extends RuntimeException
    permits ApiException,
        NetworkException,
        UnexpectedResponseException,
        RequestInterruptedException,
        BearerTokenException,
        WebhookVerificationException {

  private final int attempts;

  WingspanException(String message, Throwable cause, int attempts) {
    super(message, cause);
    this.attempts = attempts;
  }

  /**
   * How many attempts the call sent before it failed, retries included: 0 when none was sent (an
   * interrupted caller, a failing token supplier), else at least 1. The message says the same.
   *
   * @return the number of attempts sent
   */
  public int attempts() {
    return attempts;
  }
}
