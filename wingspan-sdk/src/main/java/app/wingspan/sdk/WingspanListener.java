package app.wingspan.sdk;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Objects;

/**
 * Observes a client's calls: each attempt sent, each response received, each retry scheduled, each
 * call that failed. Register with {@link Wingspan.Builder#listener(WingspanListener)}; every method
 * has an empty default, so implement only what you need. For metrics, tracing or logs of your own.
 *
 * <pre>{@code
 * Wingspan sdk = Wingspan.builder()
 *     .bearerAuth(token)
 *     .listener(new WingspanListener() {
 *       public void retryScheduled(Attempt attempt, String reason, Duration delay) {
 *         log.warn("{} {} retried in {} after {}", attempt.method(), attempt.uri(), delay, reason);
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Listeners never see a secret: in {@link Attempt#headers()} and in the response headers, the
 * value of {@code Authorization} reads {@code Bearer <redacted>}, and that of {@code
 * Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie}, any name containing {@code key}, {@code
 * token}, {@code secret} or {@code signature}, and the names given to {@link
 * Wingspan.Builder#redactHeader(String...)} reads {@code <redacted>}. They run on the thread that
 * makes the attempt or receives its response (for async calls an HTTP client thread), so they must
 * be quick and thread-safe. An exception a listener throws is logged and otherwise ignored: it
 * never changes the call's outcome.
 */
public interface WingspanListener {

  /**
   * An attempt is about to be sent.
   *
   * @param attempt the request of this attempt
   */
  default void requestSent(Attempt attempt) {}

  /**
   * A response arrived for an attempt, whatever its status (before retries are decided).
   *
   * @param attempt the request of this attempt
   * @param statusCode the response's status
   * @param headers the response's headers, secret values redacted
   * @param elapsed from sending the attempt to the whole response
   */
  default void responseReceived(
      Attempt attempt, int statusCode, HttpHeaders headers, Duration elapsed) {}

  /**
   * An attempt failed and another one will follow after a delay.
   *
   * @param attempt the attempt that failed
   * @param reason why it is retried: {@code HTTP 503}, {@code HTTP 409 IDEMPOTENCY_KEY_IN_USE}, a
   *     timeout ({@code timeout: no complete response within PT30S}), or the connection error such
   *     as {@code ConnectException: Connection refused}
   * @param delay how long the SDK waits before the next attempt
   */
  default void retryScheduled(Attempt attempt, String reason, Duration delay) {}

  /**
   * A call failed: the exception it throws (or completes its future with) is about to reach the
   * caller.
   *
   * @param call the operation, such as {@code GET /payments/client/invoice/inv_1}
   * @param error the exception; {@link WingspanException#attempts()} says how many attempts were
   *     made
   */
  default void callFailed(String call, WingspanException error) {}

  /**
   * One attempt's request as sent, with the token redacted.
   *
   * @param method the HTTP method
   * @param uri the full URI, query included
   * @param number the attempt's number, 1 for the first
   * @param headers the request headers, secret values redacted ({@code Authorization} reads {@code
   *     Bearer <redacted>})
   */
  record Attempt(String method, URI uri, int number, HttpHeaders headers) {

    /**
     * Validates the attempt.
     *
     * @param method the HTTP method
     * @param uri the URI
     * @param number the attempt's number
     * @param headers the headers
     */
    public Attempt {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(headers, "headers");
    }
  }
}
