package app.wingspan.sdk;

import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The client's listeners plus the SDK's debug log ({@link System.Logger} {@code app.wingspan.sdk},
 * level {@code DEBUG}), called in that order. A listener's exception is logged at {@code WARNING}
 * and dropped.
 */
final class Observers {

  static final System.Logger LOG = System.getLogger("app.wingspan.sdk");
  static final String REDACTED = HeaderRedaction.REDACTED_BEARER;

  private final List<WingspanListener> listeners;
  private final HeaderRedaction redaction;

  Observers(List<WingspanListener> listeners, HeaderRedaction redaction) {
    this.listeners = List.copyOf(listeners);
    this.redaction = redaction;
  }

  /** Whether anyone listens; decided once per call, so an unobserved call builds no events. */
  boolean active() {
    return !listeners.isEmpty() || LOG.isLoggable(Level.DEBUG);
  }

  /** The attempt as listeners see it: the request's headers with every secret replaced. */
  WingspanListener.Attempt attempt(HttpRequest request, int number) {
    return new WingspanListener.Attempt(
        request.method(), request.uri(), number, redaction.redact(request.headers()));
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
    if (!listeners.isEmpty()) {
      HttpHeaders shown = redaction.redact(headers);
      for (WingspanListener listener : listeners) {
        guarded(() -> listener.responseReceived(attempt, status, shown, elapsed));
      }
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
