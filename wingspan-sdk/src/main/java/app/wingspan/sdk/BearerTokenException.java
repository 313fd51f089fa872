package app.wingspan.sdk;

/**
 * The bearer token supplier given to {@link
 * Wingspan.Builder#bearerAuth(java.util.function.Supplier)} threw, or returned null, a blank token
 * or one not valid in an HTTP header. Nothing was sent for that attempt; the cause is what the
 * supplier threw, if it threw. Not retried: the supplier is asked again on the next call.
 */
public final class BearerTokenException extends WingspanException {

  BearerTokenException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }

  /**
   * For tests of code that uses the SDK: the exception of a call whose token supplier failed.
   *
   * @param message the message; never put a token in it
   * @param cause what the supplier threw, or null
   * @return the exception, with 0 attempts
   */
  public static BearerTokenException of(String message, Throwable cause) {
    return new BearerTokenException(message, cause, 0);
  }
}
