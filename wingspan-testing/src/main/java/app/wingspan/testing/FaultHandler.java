package app.wingspan.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler in front of the API that applies {@link Faults}, and counts the requests in
 * flight so a reset can wait for the last one (a delayed request may still be running when its test
 * ends).
 */
final class FaultHandler extends Handler.Wrapper {
  private final Faults faults;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Object idle = new Object();

  FaultHandler(Faults faults) {
    this.faults = faults;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    inFlight.incrementAndGet();
    Callback counted = new Counted(callback);
    boolean handled = false;
    try {
      handled = apply(request, response, counted);
      return handled;
    } finally {
      if (!handled) {
        ended();
      }
    }
  }

  private boolean apply(Request request, Response response, Callback callback) throws Exception {
    Faults.Fault fault = faults.claim(request.getMethod(), Request.getPathInContext(request));
    if (fault == null) {
      return super.handle(request, response, callback);
    }
    switch (fault.kind()) {
      case SERVICE_UNAVAILABLE:
        refuse(
            request, response, callback, 503, "Service Unavailable", "SERVICE_UNAVAILABLE", fault);
        return true;
      case RATE_LIMITED:
        refuse(request, response, callback, 429, "Too Many Requests", "RATE_LIMITED", fault);
        return true;
      case DELAY:
        if (faults.sleep(fault.duration())) {
          return super.handle(request, response, callback);
        }
        // The faults were cleared (the test is over): do not run it into the next test.
        drop(request, callback);
        return true;
      case DROP_CONNECTION:
      default:
        drop(request, callback);
        return true;
    }
  }

  /** Waits until no request is in flight, or {@code timeout} passed; true when none is. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      long left;
      while (inFlight.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
        idle.wait(Math.max(1, left / 1_000_000));
      }
      return inFlight.get() == 0;
    }
  }

  private void ended() {
    if (inFlight.decrementAndGet() == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /**
   * Reads the request's body to its end before answering: an answer sent over an unread body makes
   * Jetty close the connection after it, and a client that already reused that connection for its
   * next request (a retried POST) would see it die with no answer.
   */
  private static void refuse(
      Request request,
      Response response,
      Callback callback,
      int status,
      String title,
      String code,
      Faults.Fault fault) {
    Content.Source.consumeAll(
        request,
        Callback.from(
            () -> problem(response, callback, status, title, code, fault.duration()),
            callback::failed));
  }

  private static void problem(
      Response response,
      Callback callback,
      int status,
      String title,
      String code,
      Duration retryAfter) {
    String detail = "fault injected by wingspan-testing";
    String body =
        "{\"type\":\"about:blank\",\"title\":\""
            + title
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\",\"code\":\""
            + code
            + "\",\"error\":\""
            + detail
            + "\"}";
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
    Content.Sink.write(response, true, body, callback);
  }

  private static void drop(Request request, Callback callback) {
    request.getConnectionMetaData().getConnection().getEndPoint().close();
    callback.failed(new DroppedConnection());
  }

  /** Why a request got no answer; quiet, since it is what the test asked for. */
  static final class DroppedConnection extends RuntimeException implements QuietException {
    DroppedConnection() {
      super("connection dropped by a fault injected by wingspan-testing", null, false, false);
    }
  }

  /** Counts the request as ended when Jetty is done with it, however it ends. */
  private final class Counted implements Callback {
    private final Callback delegate;

    Counted(Callback delegate) {
      this.delegate = delegate;
    }

    @Override
    public void succeeded() {
      ended();
      delegate.succeeded();
    }

    @Override
    public void failed(Throwable failure) {
      ended();
      delegate.failed(failure);
    }

    @Override
    public InvocationType getInvocationType() {
      return delegate.getInvocationType();
    }
  }
}
