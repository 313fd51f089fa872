package app.wingspan.sdk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's), answering with scripted replies in order and
 * recording every request exactly as it arrived: method, raw path, raw query, headers and body
 * text.
 */
final class RecordingServer implements AutoCloseable {

  /** One request as it arrived. */
  record Recorded(
      String method,
      String rawPath,
      String rawQuery,
      String decodedPath,
      Headers headers,
      String body,
      long nanoTime) {
    /** The first value of a header, or null. */
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** A scripted reply; {@code hang} never answers (until the server closes). */
  record Reply(int status, Map<String, String> headers, String body, boolean hang) {
    Reply header(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Reply(status, copy, body, hang);
    }
  }

  static Reply json(int status, String body) {
    return new Reply(status, Map.of("Content-Type", "application/json"), body, false);
  }

  static Reply reply(int status, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    return new Reply(status, headers, body, false);
  }

  static Reply problem(int status, String code, String detail) {
    String body =
        "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":"
            + status
            + ",\"detail\":\""
            + detail
            + "\",\"code\":\""
            + code
            + "\",\"error\":\""
            + detail
            + "\"}";
    return new Reply(status, Map.of("Content-Type", "application/problem+json"), body, false);
  }

  static Reply hang() {
    return new Reply(0, Map.of(), "", true);
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Reply> replies = new ArrayDeque<>();
  private final List<Recorded> requests = new ArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private Reply fallback =
      json(500, "{\"code\":\"NO_REPLY_SCRIPTED\",\"detail\":\"test server: no reply scripted\"}");

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Replies to the next requests, in order. */
  synchronized RecordingServer enqueue(Reply... next) {
    replies.addAll(List.of(next));
    return this;
  }

  /** The reply once the script is used up. */
  synchronized RecordingServer otherwise(Reply reply) {
    fallback = reply;
    return this;
  }

  synchronized List<Recorded> requests() {
    return List.copyOf(requests);
  }

  /** Waits until {@code count} requests have arrived. */
  void awaitRequests(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (requests().size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " requests, got " + requests().size());
      }
      Thread.sleep(5);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Reply reply;
      synchronized (this) {
        requests.add(
            new Recorded(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(),
                new String(body, StandardCharsets.UTF_8),
                System.nanoTime()));
        reply = replies.isEmpty() ? fallback : replies.poll();
      }
      if (reply.hang()) {
        try {
          closing.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
      // -1: no body; 0 would mean chunked to this server.
      exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream stream = exchange.getResponseBody()) {
          stream.write(out);
        }
      }
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
