package app.wingspan.sdk;

/**
 * The base of every exception the SDK throws for a call that did not succeed. Unchecked.
 *
 * <ul>
 *   <li>{@link ApiException} and its subtypes: the server answered with a non-2xx status.
 *   <li>{@link NetworkException} and {@link RequestTimeoutException}: no complete response arrived.
 *   <li>{@link UnexpectedResponseException}: a 2xx response whose body is not the JSON the operation returns.
 *   <li>{@link RequestInterruptedException}: the calling thread was interrupted.
 * </ul>
 *
 * <p>Messages name the method, path, status, error code and request id where known; they never contain the
 * bearer token.
 */
public abstract sealed class WingspanException extends RuntimeException
    permits ApiException, NetworkException, UnexpectedResponseException, RequestInterruptedException {

  WingspanException(String message, Throwable cause) {
    super(message, cause);
  }
}
