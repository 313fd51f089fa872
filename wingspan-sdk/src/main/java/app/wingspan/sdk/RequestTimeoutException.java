package app.wingspan.sdk;

/**
 * The connection or the response took longer than the connect timeout or the request timeout. A request that
 * timed out may still have been processed by the server; requests timing out are not retried by the SDK.
 */
public final class RequestTimeoutException extends NetworkException {

  RequestTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
