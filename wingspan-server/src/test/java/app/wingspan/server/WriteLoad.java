package app.wingspan.server;

import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writers at a steady pace against server replicas, recording every answer (acknowledged or not),
 * and a readiness probe per replica recording each change of {@code /health/ready}.
 */
final class WriteLoad implements AutoCloseable {
  /** Each writer starts a request this often (less often while its requests take longer). */
  static final Duration PACE = Duration.ofMillis(50);

  /** An answer slower than this is a hang (the SDK's own default request timeout is 30 s). */
  static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * One write's outcome; times in nanoseconds of {@link System#nanoTime()}. {@code status} is -1
   * when no answer came (timeout, connection failure), with {@code failure} saying why.
   *
   * @param kind {@code create} or {@code patch}
   * @param invoiceId the created invoice's id (when acknowledged), or the patched one
   * @param clientPays the share a PATCH set
   * @param version the version the answer's ETag names, or -1
   */
  record Write(
      String kind,
      String replica,
      long startNanos,
      long endNanos,
      int status,
      String invoiceId,
      BigDecimal clientPays,
      long version,
      String failure) {
    boolean acknowledged() {
      return status == 200;
    }
  }

  /** A change of a replica's readiness, at {@code nanos}. */
  record Readiness(String replica, long nanos, boolean ready) {}

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicBoolean running = new AtomicBoolean(true);
  final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<Readiness> readiness = new ConcurrentLinkedQueue<>();

  /** Creates invoices of {@code client} owed to {@code member} through {@code app}. */
  void creating(String replica, TestApp app, TestApp.Party client, TestApp.Party member) {
    String body = TestApp.createBody(member.id());
    threads.execute(
        () ->
            loop(
                i -> {
                  long t0 = System.nanoTime();
                  Answer answer = send(app, "POST", "/payments/client/invoice", client, body);
                  String id =
                      answer.status == 200 ? answer.json().path("invoiceId").asText() : null;
                  writes.add(
                      new Write(
                          "create",
                          replica,
                          t0,
                          System.nanoTime(),
                          answer.status,
                          id,
                          null,
                          -1,
                          answer.failure));
                }));
  }

  /**
   * PATCHes {@code invoiceId}'s {@code creditFeeHandling.clientPays} with a new share each time
   * (0.01 to 99.99, never the same twice in 9,999 writes), so each acknowledged one can be found in
   * the invoice's history.
   */
  void patching(String replica, TestApp app, TestApp.Party client, String invoiceId) {
    String path = "/payments/client/invoice/" + invoiceId;
    threads.execute(
        () ->
            loop(
                i -> {
                  BigDecimal share = BigDecimal.valueOf(i % 9_999 + 1, 2);
                  String body =
                      "{\"creditFeeHandling\":{\"clientPays\":" + share.toPlainString() + "}}";
                  long t0 = System.nanoTime();
                  Answer answer = send(app, "PATCH", path, client, body);
                  long version = -1;
                  if (answer.status == 200) {
                    version = Long.parseLong(answer.etag().replaceAll("[^0-9]", ""));
                  }
                  writes.add(
                      new Write(
                          "patch",
                          replica,
                          t0,
                          System.nanoTime(),
                          answer.status,
                          invoiceId,
                          share,
                          version,
                          answer.failure));
                }));
  }

  /** Asks {@code app}'s {@code /health/ready} every 100 ms, recording each change. */
  void probingReadiness(String replica, TestApp app) {
    threads.execute(
        () -> {
          Boolean last = null;
          while (running.get()) {
            Answer answer = send(app, "GET", "/health/ready", null, null);
            boolean ready = answer.status == 200;
            if (last == null || ready != last) {
              readiness.add(new Readiness(replica, System.nanoTime(), ready));
              last = ready;
            }
            sleep(100);
          }
        });
  }

  /** The answers so far, oldest first. */
  List<Write> writes() {
    List<Write> all = new ArrayList<>(writes);
    all.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
    return all;
  }

  /** The first acknowledged write whose request started at or after {@code nanos}. */
  Optional<Write> firstAcknowledgedSince(long nanos) {
    return writes().stream()
        .filter(w -> w.acknowledged() && w.startNanos() >= nanos)
        .min((a, b) -> Long.compare(a.endNanos(), b.endNanos()));
  }

  /** Stops every writer and probe, waiting for requests under way to be answered. */
  @Override
  public void close() {
    running.set(false);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(REQUEST_DEADLINE.toSeconds() + 5, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private interface Step {
    void run(int i);
  }

  private void loop(Step step) {
    for (int i = 0; running.get(); i++) {
      long next = System.nanoTime() + PACE.toNanos();
      step.run(i);
      sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
    }
  }

  private record Answer(int status, HttpResponse<String> raw, String failure) {
    JsonNode json() {
      try {
        return ServerJson.mapper().readTree(raw.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + raw.body(), e);
      }
    }

    String etag() {
      return raw.headers().firstValue("ETag").orElseThrow();
    }
  }

  private static Answer send(
      TestApp app, String method, String path, TestApp.Party party, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(app.base() + path)).timeout(REQUEST_DEADLINE);
    if (party != null) {
      request.header("Authorization", "Bearer " + party.token());
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String failure = null;
      if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()) {
        failure = "503 without Retry-After";
      } else if (response.statusCode() != 200 && response.statusCode() != 503) {
        failure = response.statusCode() + " " + response.body();
      }
      return new Answer(response.statusCode(), response, failure);
    } catch (IOException e) {
      return new Answer(-1, null, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, null, "interrupted");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
