package app.wingspan.sdk;

/**
 * No complete response arrived: the connection could not be opened, was reset, or the response was
 * cut off. The cause is the underlying {@link java.io.IOException}. Calls that are safe to repeat
 * were retried before this is thrown; the message says how many attempts were made.
 */
public sealed class NetworkException extends WingspanException permits RequestTimeoutException {

  NetworkException(String message, Throwable cause, int attempts) {
    super(message, cause, attempts);
  }

  /**
   * For tests of code that uses the SDK: the exception a call throws when no complete response
   * arrived.
   *
   * <pre>{@code
   * throw NetworkException.of("GET /payments/client/invoice/inv_1 failed after 3 attempts: connection reset",
   *     new java.net.SocketException("Connection reset"), 3);
   * }</pre>
   *
   * @param message the message
   * @param cause the underlying I/O error, or null
   * @param attempts how many attempts were made, at least 1
   * @return the exception
   */
  public static NetworkException of(String message, Throwable cause, int attempts) {
    return new NetworkException(message, cause, Factories.attempts(attempts, 1));
  }
}
