package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.Fixtures.TOKEN;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener hook, the attempt counts of exceptions and the debug log: what they report, never
 * the token.
 */
class ObservabilityTest {

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Records every event as one line. */
  static final class Recorder implements WingspanListener {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void requestSent(Attempt attempt) {
      events.add(
          "sent "
              + attempt.method()
              + " "
              + attempt.uri().getPath()
              + " #"
              + attempt.number()
              + " auth="
              + attempt.headers().firstValue("Authorization").orElse("-"));
    }

    @Override
    public void responseReceived(
        Attempt attempt, int statusCode, HttpHeaders headers, Duration elapsed) {
      events.add("received #" + attempt.number() + " " + statusCode);
    }

    @Override
    public void retryScheduled(Attempt attempt, String reason, Duration delay) {
      events.add("retry after #" + attempt.number() + " (" + reason + ")");
    }

    @Override
    public void callFailed(String call, WingspanException error) {
      events.add(
          "failed "
              + call
              + " "
              + error.getClass().getSimpleName()
              + " attempts="
              + error.attempts());
    }
  }

  @Test
  void aListenerSeesAttemptsResponsesRetriesAndTheFailureButNotTheToken() {
    server.enqueue(
        problem(503, "DOWN", "later"),
        problem(503, "DOWN", "later"),
        problem(503, "DOWN", "later"));
    Recorder recorder = new Recorder();
    Wingspan sdk = Fixtures.client(server).listener(recorder).build();

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.attempts()).isEqualTo(3))
        .hasMessageEndingWith("(attempt 3)");

    assertThat(recorder.events)
        .containsExactly(
            "sent GET /payments/client/invoice/inv-1 #1 auth=Bearer <redacted>",
            "received #1 503",
            "retry after #1 (HTTP 503)",
            "sent GET /payments/client/invoice/inv-1 #2 auth=Bearer <redacted>",
            "received #2 503",
            "retry after #2 (HTTP 503)",
            "sent GET /payments/client/invoice/inv-1 #3 auth=Bearer <redacted>",
            "received #3 503",
            "failed GET /payments/client/invoice/inv-1 ServerException attempts=3");
    assertThat(String.join("\n", recorder.events)).doesNotContain(TOKEN);
    assertThat(server.requests())
        .extracting(r -> r.header("Authorization"))
        .containsOnly("Bearer " + TOKEN);
  }

  @Test
  void asyncCallsAreObservedToo() {
    server.enqueue(problem(502, "GATEWAY", "later"), json(200, INVOICE_JSON));
    Recorder recorder = new Recorder();
    Wingspan sdk = Fixtures.client(server).listener(recorder).build();

    sdk.clientInvoice().getAsync("inv-1").join();

    assertThat(recorder.events)
        .containsExactly(
            "sent GET /payments/client/invoice/inv-1 #1 auth=Bearer <redacted>",
            "received #1 502",
            "retry after #1 (HTTP 502)",
            "sent GET /payments/client/invoice/inv-1 #2 auth=Bearer <redacted>",
            "received #2 200");
  }

  @Test
  void aListenerThatThrowsDoesNotChangeTheOutcome() {
    server.enqueue(json(200, INVOICE_JSON));
    Recorder after = new Recorder();
    Wingspan sdk =
        Fixtures.client(server)
            .listener(
                new WingspanListener() {
                  @Override
                  public void requestSent(Attempt attempt) {
                    throw new IllegalStateException("listener bug");
                  }
                })
            .listener(after)
            .build();

    assertThat(sdk.clientInvoice().get("inv-1").statusCode()).isEqualTo(200);
    assertThat(after.events).hasSize(2);
  }

  @Test
  void everyKindOfFailureCountsItsAttempts() {
    server.enqueue(json(200, "not json"));
    Wingspan sdk = Fixtures.client(server).build();

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    Wingspan refused = Fixtures.client("http://127.0.0.1:1").build();
    assertThatThrownBy(() -> refused.clientInvoice().get("inv-1"))
        .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.attempts()).isEqualTo(3))
        .hasMessageContaining("failed after 3 attempts");
  }

  @Test
  void theDebugLogTellsTheStoryWithTheTokenRedacted() {
    server.enqueue(problem(500, "BOOM", "later"), json(200, INVOICE_JSON));
    Logger logger = Logger.getLogger("app.wingspan.sdk");
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(new java.util.logging.SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try {
      Fixtures.client(server)
          .header("X-Api-Secret", "not-logged-either-way")
          .build()
          .clientInvoice()
          .get("inv-1");
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }

    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith("GET http://127.0.0.1:")
        .contains("/payments/client/invoice/inv-1 attempt 1 sent")
        .contains("Authorization=[Bearer <redacted>]");
    assertThat(lines.get(1)).contains("attempt 1 -> HTTP 500 in");
    assertThat(lines.get(2)).contains("attempt 1 failed (HTTP 500); retrying in");
    assertThat(lines.get(4)).contains("attempt 2 -> HTTP 200 in");
    assertThat(String.join("\n", lines)).doesNotContain(TOKEN);
  }
}
