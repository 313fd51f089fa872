package app.wingspan.server.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on 127.0.0.1 (the JDK's server): records every request and answers as its
 * current {@link Answer} says.
 */
final class Receiver implements AutoCloseable {

  /** One request as received: headers by lower-case name, the body's bytes, the Host header. */
  record Received(String method, String path, Map<String, String> headers, byte[] body) {}

  /** How the receiver answers: status, body, extra headers, and a delay before answering. */
  interface Answer {
    void answer(HttpExchange exchange) throws IOException, InterruptedException;
  }

  static Answer status(int status) {
    return exchange -> respond(exchange, status, new byte[0]);
  }

  static Answer body(int status, byte[] body) {
    return exchange -> respond(exchange, status, body);
  }

  private final HttpServer server;
  final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Answer answer = status(204);

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
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
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    headers,
                    exchange.getRequestBody().readAllBytes()));
            answer.answer(exchange);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
  }

  Receiver answering(Answer next) {
    this.answer = next;
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
