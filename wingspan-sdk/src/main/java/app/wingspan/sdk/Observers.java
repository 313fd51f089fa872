package app.wingspan.sdk;

import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The client's listeners plus the SDK's debug log ({@link System.Logger} {@code app.wingspan.sdk},
 * level {@code DEBUG}), called in that order. A listener's exception is logged at {@code WARNING}
 * and dropped.
 */
final class Observers {

  static final System.Logger LOG = System.getLogger("app.wingspan.sdk");
  static final String REDACTED = "Bearer <redacted>";

  private final List<WingspanListener> listeners;

  Observers(List<WingspanListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Whether anyone listens; decided once per call, so an unobserved call builds no events. */
  boolean active() {
    return !listeners.isEmpty() || LOG.isLoggable(Level.DEBUG);
  }

  /** The attempt as listeners see it: the request's headers with the token replaced. */
  static WingspanListener.Attempt attempt(HttpRequest request, int number) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request
        .headers()
        .map()
        .forEach(
            (name, values) ->
                headers.put(
                    name, name.equalsIgnoreCase("Authorization") ? List.of(REDACTED) : values));
    return new WingspanListener.Attempt(
        request.method(), request.uri(), number, HttpHeaders.of(headers, (name, value) -> true));
  }

  void requestSent(WingspanListener.Attempt attempt) {
    for (WingspanListener listener : listeners) {
      guarded(() -> listener.requestSent(attempt));
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} attempt {2} sent; headers {3}",
          attempt.method(),
          attempt.uri(),
          attempt.number(),
          attempt.headers().map());
    }
  }

  void responseReceived(
      WingspanListener.Attempt attempt, int status, HttpHeaders headers, Duration elapsed) {
    for (WingspanListener listener : listeners) {
      guarded(() -> listener.responseReceived(attempt, status, headers, elapsed));
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} attempt {2} -> HTTP {3} in {4} ms",
          attempt.method(),
          attempt.uri(),
          attempt.number(),
          status,
          String.format(Locale.ROOT, "%.1f", elapsed.toNanos() / 1e6));
    }
  }

  void retryScheduled(WingspanListener.Attempt attempt, String reason, Duration delay) {
    for (WingspanListener listener : listeners) {
      guarded(() -> listener.retryScheduled(attempt, reason, delay));
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(
          Level.DEBUG,
          "{0} {1} attempt {2} failed ({3}); retrying in {4} ms",
          attempt.method(),
          attempt.uri(),
          attempt.number(),
          reason,
          delay.toMillis());
    }
  }

  void callFailed(String call, WingspanException error) {
    for (WingspanListener listener : listeners) {
      guarded(() -> listener.callFailed(call, error));
    }
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "{0} failed: {1}", call, error.getMessage());
    }
  }

  private static void guarded(Runnable notification) {
    try {
      notification.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a WingspanListener threw; the call goes on", e);
    }
  }
}
