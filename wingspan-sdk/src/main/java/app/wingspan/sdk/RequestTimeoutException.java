package app.wingspan.sdk;

/**
 * The connection or the response took longer than the connect timeout or the request timeout. A request whose
 * response timed out may still have been processed by the server and is not retried by the SDK; a connect
 * timeout (nothing sent) is retried like any connection failure before this is thrown.
 */
public final class RequestTimeoutException extends NetworkException {

  RequestTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
