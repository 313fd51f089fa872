package app.wingspan.sdk;

import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static app.wingspan.sdk.RecordingServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every status class maps to its exception, with the same result through the sync and the async
 * path.
 */
class ErrorMappingTest {

  private RecordingServer server;
  private Wingspan sdk;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    // One attempt: this table is about mapping, RetryTest about retrying.
    sdk = Fixtures.client(server).retryPolicy(RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Runs {@code get} synchronously or through its async twin, returning what was thrown. */
  enum Path {
    SYNC(sdk -> catchThrowable(() -> sdk.clientInvoice().get("inv-1"))),
    ASYNC(
        sdk -> {
          Throwable thrown = catchThrowable(() -> sdk.clientInvoice().getAsync("inv-1").join());
          assertThat(thrown).isInstanceOf(CompletionException.class);
          return thrown.getCause();
        });

    private final Function<Wingspan, Throwable> call;

    Path(Function<Wingspan, Throwable> call) {
      this.call = call;
    }
  }

  static Stream<Arguments> statuses() {
    Object[][] table = {
      {400, "INVALID_JSON", BadRequestException.class},
      {422, "VALIDATION_FAILED", BadRequestException.class},
      {401, "UNAUTHORIZED", UnauthorizedException.class},
      {402, "PAYMENT_DECLINED", PaymentDeclinedException.class},
      {403, "FORBIDDEN", ForbiddenException.class},
      {404, "NOT_FOUND", NotFoundException.class},
      {409, "INVALID_STATUS_TRANSITION", ConflictException.class},
      {412, "PRECONDITION_FAILED", PreconditionFailedException.class},
      {429, "RATE_LIMITED", RateLimitedException.class},
      {500, "INTERNAL_ERROR", ServerException.class},
      {501, "NOT_IMPLEMENTED", ServerException.class},
      {503, "SERVICE_UNAVAILABLE", ServerException.class},
      {405, "METHOD_NOT_ALLOWED", ApiException.class},
      {413, "PAYLOAD_TOO_LARGE", ApiException.class},
      {415, "UNSUPPORTED_MEDIA_TYPE", ApiException.class},
      {302, "REDIRECT", ApiException.class},
    };
    return Stream.of(Path.values())
        .flatMap(path -> Stream.of(table).map(row -> Arguments.of(path, row[0], row[1], row[2])));
  }

  @ParameterizedTest(name = "{0}: {1} -> {3}")
  @MethodSource("statuses")
  void problemJsonMapsToTheExceptionOfItsStatusClass(
      Path path, int status, String code, Class<? extends ApiException> type) {
    server.enqueue(problem(status, code, "it went wrong").header("X-Request-Id", "req-" + status));

    Throwable thrown = path.call.apply(sdk);

    assertThat(thrown).isExactlyInstanceOf(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).hasValue(code);
    assertThat(e.error().orElseThrow().detail()).isEqualTo("it went wrong");
    assertThat(e.error().orElseThrow().status()).isEqualTo(status);
    assertThat(e.requestId()).hasValue("req-" + status);
    assertThat(e.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(e.bodyText()).startsWith("{\"type\":\"about:blank\"");
    assertThat(e)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 -> HTTP "
                + status
                + " "
                + code
                + ": it went wrong (request id req-"
                + status
                + ") (attempt 1)");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.requests()).hasSize(1);
  }

  static Stream<Arguments> bodies() {
    return Stream.of(Path.values())
        .flatMap(
            path ->
                Stream.of(
                    Arguments.of(
                        path,
                        "Wingspan's own {\"error\": ...} shape",
                        json(404, "{\"error\":\"Invoice not found\"}"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 404: Invoice not found (attempt 1)",
                        true),
                    Arguments.of(
                        path,
                        "field named in param, request id from the body",
                        json(
                            422,
                            "{\"code\":\"VALIDATION_FAILED\",\"detail\":\"must be 0..100\","
                                + "\"param\":\"creditFeeHandling.clientPays\",\"requestId\":\"req-body\"}"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 422 VALIDATION_FAILED: must be 0..100 "
                            + "[param creditFeeHandling.clientPays] (request id req-body) (attempt 1)",
                        true),
                    Arguments.of(
                        path,
                        "a proxy's HTML page",
                        reply(502, "text/html", "<html>Bad gateway</html>"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 502: <html>Bad gateway</html> (attempt 1)",
                        false),
                    Arguments.of(
                        path,
                        "JSON of another shape",
                        json(500, "{\"message\":\"boom\"}"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 500: {\"message\":\"boom\"} (attempt 1)",
                        false),
                    Arguments.of(
                        path,
                        "JSON that is not an object",
                        json(500, "[\"boom\"]"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 500: [\"boom\"] (attempt 1)",
                        false),
                    Arguments.of(
                        path,
                        "broken JSON",
                        json(500, "{\"error\":"),
                        "GET /payments/client/invoice/inv-1 -> HTTP 500: {\"error\": (attempt 1)",
                        false),
                    Arguments.of(
                        path,
                        "no body",
                        reply(401, null, ""),
                        "GET /payments/client/invoice/inv-1 -> HTTP 401 (empty body) (attempt 1)",
                        false)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("bodies")
  void theMessageSaysWhatTheServerSaid(
      Path path, String name, RecordingServer.Reply reply, String message, boolean decoded) {
    server.enqueue(reply);

    Throwable thrown = path.call.apply(sdk);

    assertThat(thrown).isInstanceOf(ApiException.class).hasMessage(message);
    assertThat(((ApiException) thrown).error().isPresent()).isEqualTo(decoded);
    assertThat(((ApiException) thrown).bodyText()).isEqualTo(reply.body());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("app.wingspan.sdk.ErrorMappingTest#paths")
  void rateLimitedCarriesRetryAfter(Path path) {
    server.enqueue(problem(429, "RATE_LIMITED", "slow down").header("Retry-After", "120"));

    Throwable thrown = path.call.apply(sdk);

    assertThat(thrown)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("app.wingspan.sdk.ErrorMappingTest#paths")
  void aDeclinedPaymentCarriesTheDeclineReason(Path path) {
    server.enqueue(problem(402, "PAYMENT_DECLINED", "Your card has insufficient funds."));

    Throwable thrown = path.call.apply(sdk);

    assertThat(thrown)
        .isInstanceOfSatisfying(
            PaymentDeclinedException.class,
            e -> assertThat(e.declineReason()).hasValue("Your card has insufficient funds."));
  }

  static Stream<Path> paths() {
    return Stream.of(Path.values());
  }
}
