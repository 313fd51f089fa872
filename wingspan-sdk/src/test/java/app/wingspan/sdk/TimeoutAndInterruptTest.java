package app.wingspan.sdk;

import static app.wingspan.sdk.RecordingServer.hang;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that never answers ends in a timeout; an interrupted caller stops at once and stays
 * interrupted.
 */
class TimeoutAndInterruptTest {

  private RecordingServer server;
  private Wingspan sdk;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    sdk = Fixtures.client(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aPerCallTimeoutEndsEachAttemptAndAReadIsRetried() {
    server.otherwise(hang());

    assertThatThrownBy(
            () ->
                sdk.clientInvoice()
                    .get("inv-1", RequestOptions.builder().timeout(Duration.ofMillis(300)).build()))
        .isExactlyInstanceOf(RequestTimeoutException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 timed out: no complete response within PT0.3S (attempt 3)")
        .hasCauseInstanceOf(HttpTimeoutException.class);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aTimedOutAttemptIsNotRetriedWithoutRetries() throws InterruptedException {
    server.otherwise(hang());

    assertThatThrownBy(
            () ->
                sdk.clientInvoice()
                    .get(
                        "inv-1",
                        RequestOptions.builder()
                            .timeout(Duration.ofSeconds(1))
                            .disableRetries()
                            .build()))
        .isExactlyInstanceOf(RequestTimeoutException.class)
        .hasMessageEndingWith("(attempt 1)");
    server.awaitRequests(1);
    Thread.sleep(300); // a retry, were there one, would have started by now
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void theClientsRequestTimeoutAppliesToAsyncCalls() {
    server.otherwise(hang());
    Wingspan impatient = Fixtures.client(server).requestTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> impatient.clientInvoice().listAsync().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(RequestTimeoutException.class)
        .hasMessage(
            "GET /payments/client/invoice timed out: no complete response within PT0.3S (attempt 3)");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void aBodyThatStallsMidwayTimesOutAndTheConnectionIsDropped() throws IOException {
    try (TruncatingServer stalling = new TruncatingServer(2, Fixtures.INVOICE_JSON, true)) {
      Wingspan client =
          Fixtures.client(stalling.url())
              .requestTimeout(Duration.ofMillis(500))
              .retryPolicy(RetryPolicy.none())
              .build();

      assertThatThrownBy(() -> client.clientInvoice().get("inv-1"))
          .isExactlyInstanceOf(RequestTimeoutException.class)
          .hasMessage(
              "GET /payments/client/invoice/inv-1 timed out: no complete response within PT0.5S (attempt 1)");
      assertThatThrownBy(() -> client.clientInvoice().getAsync("inv-1").join())
          .cause()
          .isExactlyInstanceOf(RequestTimeoutException.class)
          .hasMessage(
              "GET /payments/client/invoice/inv-1 timed out: no complete response within PT0.5S (attempt 1)");
      // The third connection is complete: the stalled exchanges did not poison the client.
      RequestOptions patient = RequestOptions.builder().timeout(Duration.ofSeconds(20)).build();
      assertThat(client.clientInvoice().get("inv-1", patient).clientInvoice()).isPresent();
      assertThat(stalling.connections()).isEqualTo(3);
    }
  }

  @Test
  void theDeadlineThatEndsASyncCallLeavesTheCallersThreadUninterrupted() throws Exception {
    // A sync attempt's deadline wakes the waiting thread with an interrupt: the caller must see a
    // timeout and a thread whose later blocking calls still work, whether the headers or the body
    // were late, with or without a retry after the timeout.
    server.otherwise(hang());
    try (TruncatingServer stalling = new TruncatingServer(2, Fixtures.INVOICE_JSON, true)) {
      record Case(String name, Wingspan client, RequestOptions options) {}
      RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).build();
      List<Case> cases =
          List.of(
              new Case("no headers, retried", sdk, fast),
              new Case(
                  "no headers, not retried",
                  sdk,
                  RequestOptions.builder()
                      .timeout(Duration.ofMillis(200))
                      .disableRetries()
                      .build()),
              new Case(
                  "stalled body",
                  Fixtures.client(stalling.url()).retryPolicy(RetryPolicy.none()).build(),
                  fast));
      for (Case c : cases) {
        assertThatThrownBy(() -> c.client().clientInvoice().get("inv-1", c.options()))
            .as(c.name())
            .isExactlyInstanceOf(RequestTimeoutException.class);
        assertThat(Thread.currentThread().isInterrupted()).as(c.name()).isFalse();
        Thread.sleep(300); // would throw InterruptedException had a wake-up leaked
      }
    }
  }

  @Test
  void aConnectTimeoutIsRetriedThenARequestTimeout() throws IOException {
    // A listening socket whose accept queue is full answers no SYN: connecting to it times out (on
    // Linux).
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> queued = new ArrayList<>();
      boolean saturated = false;
      for (int i = 0; i < 10 && !saturated; i++) {
        Socket socket = new Socket();
        queued.add(socket);
        try {
          socket.connect(full.getLocalSocketAddress(), 300);
        } catch (SocketTimeoutException e) {
          saturated = true;
        }
      }
      assumeTrue(
          saturated, "this OS refuses instead of ignoring connections to a full accept queue");
      String url = "http://127.0.0.1:" + full.getLocalPort();
      Wingspan client = Fixtures.client(url).connectTimeout(Duration.ofMillis(300)).build();
      try {
        assertThatThrownBy(() -> client.clientInvoice().get("inv-1"))
            .isExactlyInstanceOf(RequestTimeoutException.class)
            .hasMessage(
                "GET /payments/client/invoice/inv-1 failed after 3 attempts: could not connect to 127.0.0.1:"
                    + full.getLocalPort()
                    + " in time (HttpConnectTimeoutException: HTTP connect timed out)");
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  @Test
  void anAlreadyInterruptedThreadSendsNothingAndStaysInterrupted() {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();

    runOnThread(
        () -> {
          Thread.currentThread().interrupt();
          try {
            sdk.clientInvoice().get("inv-1");
          } catch (RuntimeException e) {
            thrown.set(e);
          }
          stillInterrupted.set(Thread.currentThread().isInterrupted());
        },
        null);

    assertThat(thrown.get())
        .isExactlyInstanceOf(RequestInterruptedException.class)
        .hasMessage("GET /payments/client/invoice/inv-1 was interrupted before attempt 1 was sent")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(stillInterrupted).isTrue();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void interruptedWhileWaitingForTheResponse() throws Exception {
    server.otherwise(hang());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();

    runOnThread(
        () -> {
          try {
            sdk.clientInvoice().get("inv-1");
          } catch (RuntimeException e) {
            thrown.set(e);
          }
          stillInterrupted.set(Thread.currentThread().isInterrupted());
        },
        1);

    assertThat(thrown.get())
        .isExactlyInstanceOf(RequestInterruptedException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 was interrupted while waiting for the response (attempt 1)");
    assertThat(stillInterrupted).isTrue();
  }

  @Test
  void interruptedWhileWaitingToRetryStopsRetrying() throws Exception {
    // Without the interrupt this call would make 3 attempts and end in a ServerException.
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down").header("Retry-After", "10"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();

    runOnThread(
        () -> {
          try {
            sdk.clientInvoice().create(TestRequests.CREATE);
          } catch (RuntimeException e) {
            thrown.set(e);
          }
          stillInterrupted.set(Thread.currentThread().isInterrupted());
        },
        1);

    assertThat(thrown.get())
        .isExactlyInstanceOf(RequestInterruptedException.class)
        .hasMessage(
            "POST /payments/client/invoice was interrupted while waiting to retry (after attempt 1)");
    assertThat(stillInterrupted).isTrue();
    assertThat(server.requests()).hasSize(1);
  }

  /**
   * Runs {@code body} on a new thread; when {@code interruptAfterRequests} is set, interrupts that
   * thread once the server has seen that many requests (plus a moment for the caller to reach its
   * wait).
   */
  private void runOnThread(Runnable body, Integer interruptAfterRequests) {
    Thread caller = new Thread(body, "sdk-caller");
    caller.start();
    try {
      if (interruptAfterRequests != null) {
        server.awaitRequests(interruptAfterRequests);
        Thread.sleep(100);
        caller.interrupt();
      }
      caller.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(caller.isAlive()).as("caller thread finished").isFalse();
  }
}
