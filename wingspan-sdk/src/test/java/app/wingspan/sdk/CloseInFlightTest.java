package app.wingspan.sdk;

import static app.wingspan.sdk.RecordingServer.hang;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * close() never strands a call: one waiting for a response, or for its next attempt, ends at once
 * with an exception saying the client was closed, on every JDK (jdk-matrix.sh runs this on 25). On
 * Java 17 such a call used to wait for ever: close() ended the threads its timeouts needed.
 */
class CloseInFlightTest {

  /** Far more than a prompt end takes, far less than the request timeout. */
  private static final long PROMPTLY_MS = 3_000;

  private RecordingServer server;
  private Wingspan sdk;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    server.otherwise(hang());
    sdk = Fixtures.client(server).requestTimeout(Duration.ofSeconds(20)).build();
  }

  @AfterEach
  void stop() {
    sdk.close();
    server.close();
  }

  @Test
  void aSyncCallWaitingForItsResponseEndsWhenTheClientCloses() throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                sdk.clientInvoice().get("inv-1");
              } catch (Throwable e) {
                thrown.set(e);
              }
            });
    caller.start();
    server.awaitRequests(1);

    long start = System.nanoTime();
    sdk.close();
    caller.join(PROMPTLY_MS);

    assertThat(caller.isAlive())
        .as("the call still waits %s ms after close()", PROMPTLY_MS)
        .isFalse();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(PROMPTLY_MS);
    assertThat(thrown.get())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 did not complete: this Wingspan client was closed"
                + " while the call was in progress (after 1 attempt)");
  }

  @Test
  void theCallersInterruptFlagIsNotLeftSetByClose() throws Exception {
    AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                sdk.clientInvoice().get("inv-1");
              } catch (IllegalStateException expected) {
                interruptedAfter.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    server.awaitRequests(1);
    sdk.close();
    caller.join(PROMPTLY_MS);

    assertThat(interruptedAfter.get()).isFalse();
  }

  @Test
  void anAsyncCallEndsWhenTheClientCloses() throws Exception {
    CompletableFuture<GetClientInvoiceResponse> call = sdk.clientInvoice().getAsync("inv-1");
    server.awaitRequests(1);

    sdk.close();

    ExecutionException failed =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> call.get(PROMPTLY_MS, TimeUnit.MILLISECONDS));
    assertThat(failed.getCause())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("this Wingspan client was closed while the call was in progress");
  }

  @Test
  void aCallWaitingToRetryEndsWhenTheClientCloses() throws Exception {
    server.otherwise(problem(503, "UNAVAILABLE", "later"));
    Wingspan slowRetries =
        Fixtures.client(server)
            .retryPolicy(
                RetryPolicy.builder()
                    .initialBackoff(Duration.ofSeconds(30))
                    .maxBackoff(Duration.ofSeconds(30))
                    .maxElapsedTime(Duration.ofSeconds(120))
                    .build())
            .build();
    // Full jitter could draw a delay near zero: Retry-After fixes it.
    server.otherwise(problem(503, "UNAVAILABLE", "later").header("Retry-After", "30"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                slowRetries.clientInvoice().get("inv-1");
              } catch (Throwable e) {
                thrown.set(e);
              }
            });
    caller.start();
    CompletableFuture<GetClientInvoiceResponse> async =
        slowRetries.clientInvoice().getAsync("inv-2");
    server.awaitRequests(2);
    Thread.sleep(100); // both are now waiting for their retry

    slowRetries.close();
    caller.join(PROMPTLY_MS);

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("closed while the call was in progress (after 1 attempt)");
    ExecutionException failed =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> async.get(PROMPTLY_MS, TimeUnit.MILLISECONDS));
    assertThat(failed.getCause()).isExactlyInstanceOf(IllegalStateException.class);
    assertThat(server.requests()).hasSize(2);
  }
}
