package app.wingspan.testing;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException;
import app.wingspan.sdk.Webhooks;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The HTTP side of a {@link WebhookReceiver}: the JDK's HTTP server on a free loopback port, which
 * verifies each POST with the SDK on its raw bytes against the test server's clock (which signs
 * them), applies the fault switch, answers, and hands each delivery to the receiver to keep.
 */
final class ReceiverEndpoint implements AutoCloseable {
  private static final String PATH = "/wingspan-webhooks";

  private final Clock clock;
  private final Consumer<ReceivedWebhook> recorder;
  private final String secret = newSecret();
  private final AtomicLong sequence = new AtomicLong();
  private final Deque<WebhookFault> faults = new ArrayDeque<>();
  private final ExecutorService threads;
  private final HttpServer http;
  private final URI url;
  private volatile boolean closed;

  ReceiverEndpoint(Clock clock, Consumer<ReceivedWebhook> recorder) {
    this.clock = clock;
    this.recorder = recorder;
    // A thread per delivery: a held one must not hold up the next.
    this.threads =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "wingspan-webhook-receiver");
              thread.setDaemon(true);
              return thread;
            });
    try {
      this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      threads.shutdownNow();
      throw new UncheckedIOException("cannot open a webhook receiver on the loopback address", e);
    }
    http.setExecutor(threads);
    http.createContext(PATH, this::handle);
    http.start();
    this.url = URI.create("http://127.0.0.1:" + http.getAddress().getPort() + PATH);
  }

  URI url() {
    return url;
  }

  String secret() {
    return secret;
  }

  /** Stops listening; a delivery being held is dropped unanswered. */
  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      faults.forEach(WebhookFault::cancel);
    }
    http.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        respond(exchange, 405, "webhook deliveries are POSTs");
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      Instant at = clock.instant();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      long arrival = sequence.getAndIncrement();
      WebhookEvent event;
      try {
        event =
            Webhooks.constructEvent(
                body, WebhookHeaders.from(headers), secret, Webhooks.DEFAULT_TOLERANCE, clock);
      } catch (WebhookVerificationException e) {
        recorder.accept(new ReceivedWebhook(arrival, at, headers, body, 400, false, null, e));
        respond(exchange, 400, e.reason() + ": " + e.getMessage());
        return;
      }
      WebhookFault fault = claimFault();
      if (fault == null) {
        recorder.accept(new ReceivedWebhook(arrival, at, headers, body, 200, false, event, null));
        respond(exchange, 200, "");
      } else if (fault.hold() == null) {
        recorder.accept(
            new ReceivedWebhook(arrival, at, headers, body, fault.status(), true, event, null));
        respond(exchange, fault.status(), "failed by the test's fault switch");
      } else {
        if (!hold(fault.hold())) {
          return; // closed meanwhile: the delivery is dropped unanswered
        }
        recorder.accept(new ReceivedWebhook(arrival, at, headers, body, 200, true, event, null));
        respond(exchange, 200, "");
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // the server stopped waiting (a held delivery, typically): what it was sent is on record
    }
  }

  private boolean hold(Duration hold) {
    try {
      Thread.sleep(hold.toMillis());
      return !closed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private synchronized WebhookFault claimFault() {
    while (!faults.isEmpty()) {
      WebhookFault fault = faults.peekFirst();
      if (fault.claim()) {
        return fault;
      }
      faults.removeFirst();
    }
    return null;
  }

  /** Adds a fault after those made before it. */
  synchronized WebhookFault add(WebhookFault fault) {
    if (closed) {
      throw new IllegalStateException("this webhook receiver is closed");
    }
    faults.addLast(fault);
    return fault;
  }

  private static String newSecret() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return "whsec_" + Base64.getEncoder().encodeToString(key);
  }
}
