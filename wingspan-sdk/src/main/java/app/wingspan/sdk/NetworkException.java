package app.wingspan.sdk;

/**
 * No complete response arrived: the connection could not be opened, was reset, or the response was cut off. The
 * cause is the underlying {@link java.io.IOException}. Calls that are safe to repeat were retried before this is
 * thrown; the message says how many attempts were made.
 */
public sealed class NetworkException extends WingspanException permits RequestTimeoutException {

  NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
