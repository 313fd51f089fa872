package app.wingspan.sdk;

/**
 * The connection or the response took longer than the connect timeout or the request timeout. A
 * request whose response timed out may still have been processed by the server and is not retried
 * by the SDK; a connect timeout (nothing sent) is retried like any connection failure before this
 * is thrown.
 */
public final class RequestTimeoutException extends NetworkException {

  RequestTimeoutException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }

  /**
   * For tests of code that uses the SDK: the exception of a call that timed out.
   *
   * @param message the message
   * @param attempts how many attempts were made, at least 1
   * @return the exception
   */
  public static RequestTimeoutException of(String message, int attempts) {
    return new RequestTimeoutException(
        message, new java.net.http.HttpTimeoutException(message), Factories.attempts(attempts, 1));
  }
}
