package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.FAST_RETRIES;
import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoiceCreateRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, how often, with which key, and when retrying stops. */
class RetryTest {

  private static final ClientInvoiceCreateRequest CREATE = TestRequests.CREATE;

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

  @ParameterizedTest(name = "HTTP {0} is retried")
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retryableStatusThenSuccess(int status) {
    server.enqueue(problem(status, "TRANSIENT", "try again"), json(200, INVOICE_JSON));

    GetClientInvoiceResponse response = sdk.clientInvoice().get("inv-1");

    assertThat(response.clientInvoice()).isPresent();
    assertThat(server.requests()).hasSize(2);
  }

  @ParameterizedTest(name = "HTTP {0} is not retried")
  @ValueSource(ints = {400, 401, 402, 403, 404, 409, 412, 422, 501})
  void otherStatusesFailAtOnce(int status) {
    server.enqueue(problem(status, "PERMANENT", "no"), json(200, INVOICE_JSON));

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1")).isInstanceOf(ApiException.class);
    assertThat(server.requests()).hasSize(1);
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        Arguments.of("get", (Consumer<ClientInvoices>) c -> c.get("inv-1")),
        Arguments.of("update", (Consumer<ClientInvoices>) c -> c.update("inv-1")),
        Arguments.of("list", (Consumer<ClientInvoices>) ClientInvoices::list),
        Arguments.of("fees", (Consumer<ClientInvoices>) c -> c.fees("inv-1")),
        Arguments.of("create", (Consumer<ClientInvoices>) c -> c.create(CREATE)),
        Arguments.of("pay", (Consumer<ClientInvoices>) c -> c.pay("inv-1")));
  }

  @ParameterizedTest(name = "{0} is retried until attempts run out")
  @MethodSource("operations")
  void everyOperationRetriesUntilMaxAttempts(String name, Consumer<ClientInvoices> call) {
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down"));

    assertThatThrownBy(() -> call.accept(sdk.clientInvoice()))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("HTTP 503 SERVICE_UNAVAILABLE");
    assertThat(server.requests()).hasSize(FAST_RETRIES.maxAttempts());
  }

  @ParameterizedTest(name = "{0} is not retried when the client disables retries")
  @MethodSource("operations")
  void clientWideRetryOff(String name, Consumer<ClientInvoices> call) {
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down"));
    Wingspan noRetries = Fixtures.client(server).retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> call.accept(noRetries.clientInvoice()))
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void perCallRetryOffAndPerCallPolicy() {
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down"));

    assertThatThrownBy(
            () ->
                sdk.clientInvoice()
                    .create(CREATE, RequestOptions.builder().disableRetries().build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);

    assertThatThrownBy(
            () ->
                sdk.clientInvoice()
                    .get(
                        "inv-1",
                        RequestOptions.builder()
                            .retryPolicy(FAST_RETRIES.toBuilder().maxAttempts(5).build())
                            .build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1 + 5);
  }

  @Test
  void createKeepsItsIdempotencyKeyAcrossRetries() {
    server.enqueue(
        problem(503, "SERVICE_UNAVAILABLE", "down"),
        problem(502, "BAD_GATEWAY", "down"),
        json(200, INVOICE_JSON));

    sdk.clientInvoice().create(CREATE);

    List<RecordingServer.Recorded> requests = server.requests();
    assertThat(requests).hasSize(3);
    String key = requests.get(0).header("Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(requests).extracting(r -> r.header("Idempotency-Key")).containsOnly(key);
    assertThat(requests)
        .extracting(RecordingServer.Recorded::body)
        .containsOnly(requests.get(0).body());
  }

  @Test
  void asyncCreateKeepsACallersIdempotencyKeyAcrossRetries() {
    server.enqueue(problem(503, "SERVICE_UNAVAILABLE", "down"), json(200, INVOICE_JSON));

    sdk.clientInvoice()
        .createAsync(CREATE, RequestOptions.builder().idempotencyKey("order-1").build())
        .join();

    assertThat(server.requests())
        .extracting(r -> r.header("Idempotency-Key"))
        .containsExactly("order-1", "order-1");
  }

  @Test
  void asyncRetriesLikeSync() {
    server.enqueue(
        problem(503, "SERVICE_UNAVAILABLE", "down"),
        problem(503, "SERVICE_UNAVAILABLE", "down"),
        json(200, INVOICE_JSON));

    UpdateClientInvoiceResponse response = sdk.clientInvoice().updateAsync("inv-1").join();

    assertThat(response.clientInvoice()).isPresent();
    assertThat(server.requests())
        .extracting(RecordingServer.Recorded::method)
        .containsExactly("PATCH", "PATCH", "PATCH");
  }

  @Test
  void asyncGivesUpAfterMaxAttempts() {
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down"));

    assertThatThrownBy(() -> sdk.clientInvoice().feesAsync("inv-1").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void retryAfterSecondsIsHonoured() {
    server.enqueue(
        problem(429, "RATE_LIMITED", "slow down").header("Retry-After", "1"),
        json(200, INVOICE_JSON));

    sdk.clientInvoice().get("inv-1");

    List<RecordingServer.Recorded> requests = server.requests();
    assertThat(requests).hasSize(2);
    // A lower bound only: sleeping at least this long is guaranteed however slow the machine is.
    assertThat(
            TimeUnit.NANOSECONDS.toMillis(requests.get(1).nanoTime() - requests.get(0).nanoTime()))
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String inOneSecond =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(1));
    server.enqueue(
        problem(503, "SERVICE_UNAVAILABLE", "down").header("Retry-After", inOneSecond),
        json(200, INVOICE_JSON));

    sdk.clientInvoice().get("inv-1");

    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void retryAfterBeyondTheTimeBudgetEndsTheCallAtOnce() {
    server.enqueue(
        problem(503, "SERVICE_UNAVAILABLE", "maintenance").header("Retry-After", "3600"),
        json(200, INVOICE_JSON));

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("maintenance");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void retriesAskTheTokenSupplierAgain() {
    server.enqueue(problem(503, "SERVICE_UNAVAILABLE", "down"), json(200, INVOICE_JSON));
    int[] calls = {0};
    Wingspan rotating = Fixtures.client(server).bearerAuth(() -> "token-" + ++calls[0]).build();

    rotating.clientInvoice().get("inv-1");

    assertThat(server.requests())
        .extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer token-1", "Bearer token-2");
  }

  @Test
  void aConnectionResetMidBodyIsRetried() throws IOException {
    try (TruncatingServer truncating = new TruncatingServer(1, INVOICE_JSON)) {
      Wingspan client = Fixtures.client(truncating.url()).build();

      GetClientInvoiceResponse response = client.clientInvoice().get("inv-1");

      assertThat(response.clientInvoice().orElseThrow().invoiceId()).isEqualTo("inv-1");
      assertThat(truncating.connections()).isEqualTo(2);
    }
  }

  @Test
  void aConnectionResetMidBodyWithoutRetriesIsANetworkException() throws IOException {
    try (TruncatingServer truncating = new TruncatingServer(1, INVOICE_JSON)) {
      Wingspan client = Fixtures.client(truncating.url()).retryPolicy(RetryPolicy.none()).build();

      assertThatThrownBy(() -> client.clientInvoice().get("inv-1"))
          .isExactlyInstanceOf(NetworkException.class)
          .hasMessageStartingWith("GET /payments/client/invoice/inv-1 failed after 1 attempt: ")
          .hasCauseInstanceOf(IOException.class);
      assertThat(truncating.connections()).isEqualTo(1);
    }
  }

  @Test
  void aConnectionResetMidBodyIsRetriedAsyncToo() throws IOException {
    try (TruncatingServer truncating = new TruncatingServer(2, INVOICE_JSON)) {
      Wingspan client = Fixtures.client(truncating.url()).build();

      GetClientInvoiceResponse response = client.clientInvoice().getAsync("inv-1").join();

      assertThat(response.clientInvoice()).isPresent();
      assertThat(truncating.connections()).isEqualTo(3);
    }
  }

  @Test
  void aRefusedConnectionIsRetriedThenANetworkException() throws IOException {
    String closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = "http://127.0.0.1:" + probe.getLocalPort();
    }
    Wingspan client = Fixtures.client(closedPort).build();

    assertThatThrownBy(() -> client.clientInvoice().get("inv-1"))
        .isExactlyInstanceOf(NetworkException.class)
        .hasMessageStartingWith(
            "GET /payments/client/invoice/inv-1 failed after 3 attempts: could not connect to "
                + closedPort.substring("http://".length())
                + " (ConnectException")
        .hasRootCauseInstanceOf(IOException.class);
    assertThatThrownBy(() -> client.clientInvoice().getAsync("inv-1").join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isExactlyInstanceOf(NetworkException.class)
        .hasMessageStartingWith("GET /payments/client/invoice/inv-1 failed after 3 attempts: ");
  }

  @Test
  void cancellingAnAsyncCallStopsItsRetries() throws Exception {
    server.otherwise(problem(503, "SERVICE_UNAVAILABLE", "down").header("Retry-After", "2"));

    var future = sdk.clientInvoice().getAsync("inv-1");
    server.awaitRequests(1);
    future.cancel(true);
    Thread.sleep(Duration.ofSeconds(3).toMillis());

    assertThat(future).isCancelled();
    assertThat(server.requests()).hasSize(1);
  }
}
