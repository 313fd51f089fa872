package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.hang;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** maxElapsedTime as the whole call's budget, and the 409 of an Idempotency-Key still in use. */
class RetrySemanticsTest {

  private static final RetryPolicy ONE_SECOND =
      Fixtures.FAST_RETRIES.toBuilder().maxElapsedTime(Duration.ofSeconds(1)).build();

  private RecordingServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theBudgetCutsAnAttemptThatWouldOutlastIt() {
    server.enqueue(hang());
    Wingspan sdk =
        Fixtures.client(server)
            .requestTimeout(Duration.ofSeconds(20))
            .retryPolicy(ONE_SECOND)
            .build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isExactlyInstanceOf(RequestTimeoutException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 timed out: no complete response within the call's time "
                + "budget (maxElapsedTime PT1S) (attempt 1)");
    // Not a performance figure: without the budget this call would wait for the 20 s request
    // timeout.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void theBudgetCountsEarlierAttemptsAndDelaysToo() {
    server.enqueue(problem(503, "DOWN", "later"), hang());
    Wingspan sdk =
        Fixtures.client(server)
            .requestTimeout(Duration.ofSeconds(20))
            .retryPolicy(ONE_SECOND)
            .build();

    assertThatThrownBy(() -> sdk.clientInvoice().getAsync("inv-1").join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(RequestTimeoutException.class)
        .hasMessageEndingWith("within the call's time budget (maxElapsedTime PT1S) (attempt 2)");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void anAttemptWithinTheBudgetKeepsItsOwnTimeoutMessage() {
    server.enqueue(hang());
    Wingspan sdk =
        Fixtures.client(server)
            .requestTimeout(Duration.ofMillis(300))
            .retryPolicy(RetryPolicy.none())
            .build();

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .hasMessage(
            "GET /payments/client/invoice/inv-1 timed out: no complete response within PT0.3S (attempt 1)");
  }

  @Test
  void anIdempotencyKeyStillInUseIsRetriedWithTheSameKey() {
    server.enqueue(
        problem(409, Transport.IDEMPOTENCY_KEY_IN_USE, "a request with this key is in progress"),
        json(201, INVOICE_JSON));
    List<String> reasons = new CopyOnWriteArrayList<>();
    Wingspan sdk =
        Fixtures.client(server)
            .listener(
                new WingspanListener() {
                  @Override
                  public void retryScheduled(Attempt attempt, String reason, Duration delay) {
                    reasons.add(reason);
                  }
                })
            .build();

    CreateClientInvoiceResponse created = sdk.clientInvoice().create(TestRequests.CREATE);

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(reasons).containsExactly("HTTP 409 IDEMPOTENCY_KEY_IN_USE");
    List<RecordingServer.Recorded> requests = server.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).header("Idempotency-Key"))
        .isNotBlank()
        .isEqualTo(requests.get(1).header("Idempotency-Key"));
  }

  @Test
  void otherConflictsAndCallsWithoutAKeyAreNotRetried() {
    Wingspan sdk = Fixtures.client(server).build();

    // Only the 409s are scripted: a retry would get the server's fallback, and add a request.
    server.enqueue(problem(409, Transport.IDEMPOTENCY_KEY_IN_USE, "in progress"));
    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(server.requests())
        .as("a read carries no Idempotency-Key unless given one")
        .hasSize(1);

    server.enqueue(problem(409, "INVALID_STATUS_TRANSITION", "no"));
    assertThatThrownBy(() -> sdk.clientInvoice().create(TestRequests.CREATE))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessageEndingWith("(attempt 1)");
    assertThat(server.requests()).hasSize(2);

    server.enqueue(problem(409, Transport.IDEMPOTENCY_KEY_IN_USE, "in progress"));
    assertThatThrownBy(
            () ->
                sdk.clientInvoice()
                    .create(TestRequests.CREATE, RequestOptions.builder().disableRetries().build()))
        .isExactlyInstanceOf(ConflictException.class);
    assertThat(server.requests()).hasSize(3);
  }
}
