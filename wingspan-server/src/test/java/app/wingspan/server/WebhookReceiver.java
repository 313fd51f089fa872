package app.wingspan.server;

import app.wingspan.sdk.WebhookHeaders;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server) that records every request, answers
 * the statuses queued with {@link #thenAnswer} and 204 after them, and can go down and come back up
 * on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received: headers by lower-case name and the body's bytes as they came. */
  record Received(String path, Map<String, String> headers, byte[] body, Instant receivedAt) {
    /** The receiver's clock at arrival, fixed: what a verifier's tolerance is measured from. */
    Clock clock() {
      return Clock.fixed(receivedAt, ZoneOffset.UTC);
    }

    WebhookHeaders webhookHeaders() {
      return new WebhookHeaders(
          headers.get("webhook-id"),
          headers.get("webhook-timestamp"),
          headers.get("webhook-signature"));
    }

    String id() {
      return headers.get("webhook-id");
    }

    /** The payload's eventName, read without a JSON library's help: enough to tell them apart. */
    String eventName() {
      String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
      int at = text.indexOf("\"eventName\":\"") + 13;
      return text.substring(at, text.indexOf('"', at));
    }
  }

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final Queue<Integer> statuses = new ConcurrentLinkedQueue<>();
  private volatile Map<String, String> extraHeaders = Map.of();
  private final Clock clock;
  private int port;
  private HttpServer server;
  private ExecutorService executor;

  /** A receiver whose clock is the wall clock. */
  WebhookReceiver() {
    this(Clock.systemUTC());
  }

  /** A receiver that reads the time of arrival from {@code clock} (the server's, when it moves). */
  WebhookReceiver(Clock clock) {
    this.clock = clock;
    up();
  }

  /** Answers these statuses to the next requests, in order, then 204 again. */
  WebhookReceiver thenAnswer(Integer... next) {
    statuses.addAll(List.of(next));
    return this;
  }

  /** Adds these headers to every answer (e.g. a Location). */
  WebhookReceiver withHeaders(Map<String, String> headers) {
    this.extraHeaders = Map.copyOf(headers);
    return this;
  }

  synchronized void up() {
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    port = server.getAddress().getPort();
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange
                .getRequestHeaders()
                .forEach(
                    (name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            received.add(
                new Received(
                    exchange.getRequestURI().getRawPath(),
                    headers,
                    exchange.getRequestBody().readAllBytes(),
                    clock.instant()));
            Integer status = statuses.poll();
            extraHeaders.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
          }
        });
    server.start();
  }

  /** Stops listening: connections are refused until {@link #up()}. */
  synchronized void down() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      server = null;
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** The requests received so far that match. */
  List<Received> matching(Predicate<Received> which) {
    return received.stream().filter(which).toList();
  }

  /** Waits until {@code count} requests match, for at most {@code within}; fails after. */
  List<Received> await(Predicate<Received> which, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (matching(which).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "received "
                + matching(which).size()
                + " matching of "
                + count
                + " within "
                + within
                + "; all: "
                + received.stream().map(r -> r.id() + " " + r.eventName()).toList());
      }
      Thread.sleep(50);
    }
    return matching(which);
  }

  @Override
  public void close() {
    down();
  }
}
