package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the builders accept, and the exact message for what they refuse. */
class ConfigurationTest {

  @Test
  void theHostedServersAreWingspansUrls() {
    assertThat(Server.PROD.url()).hasToString("https://api.wingspan.app");
    assertThat(Server.STAGING.url()).hasToString("https://stagingapi.wingspan.app");
    assertThat(Wingspan.builder().bearerAuth("t").build().toString())
        .contains("serverURL=https://api.wingspan.app,");
    assertThat(Wingspan.builder().bearerAuth("t").server(Server.STAGING).build().toString())
        .contains("serverURL=https://stagingapi.wingspan.app,");
  }

  @ParameterizedTest(name = "serverURL {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ftp://example.com          | serverURL must be an absolute http or https URL, was 'ftp://example.com'
      localhost:8080             | serverURL must be an absolute http or https URL, was 'localhost:8080'
      /payments                  | serverURL must be an absolute http or https URL, was '/payments'
      http://user:pw@example.com | serverURL must not contain user info; use bearerAuth(...)
      http://example.com?x=1     | serverURL must not have a query or fragment, was 'http://example.com?x=1'
      http://example.com/#top    | serverURL must not have a query or fragment, was 'http://example.com/#top'
      http:///nohost             | serverURL must name a host, was 'http:///nohost'
      http://exa mple.com        | serverURL is not a valid URL: Illegal character in authority at index
      """)
  void serverUrlMustBeAnHttpBaseUrl(String url, String message) {
    // The JDK's own URISyntaxException text ends the last row; its index differs between JDK 17 (7)
    // and 25 (10).
    assertThatThrownBy(() -> Wingspan.builder().serverURL(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  static Stream<Arguments> refusedBuilds() {
    return Stream.of(
        Arguments.of(
            "no auth",
            (Supplier<Object>) () -> Wingspan.builder().build(),
            IllegalStateException.class,
            "Wingspan.builder(): call bearerAuth(...) before build(); "
                + "Wingspan's API authenticates every request with a bearer token"),
        Arguments.of(
            "null token (an unset environment variable)",
            (Supplier<Object>) () -> Wingspan.builder().bearerAuth((String) null),
            NullPointerException.class,
            "bearer token must not be null"),
        Arguments.of(
            "blank token",
            (Supplier<Object>) () -> Wingspan.builder().bearerAuth(" "),
            IllegalArgumentException.class,
            "bearer token is blank"),
        Arguments.of(
            "connect timeout with a custom client",
            (Supplier<Object>)
                () ->
                    Wingspan.builder()
                        .bearerAuth("t")
                        .httpClient(HttpClient.newHttpClient())
                        .connectTimeout(Duration.ofSeconds(1))
                        .build(),
            IllegalStateException.class,
            "Wingspan.builder(): connectTimeout(...) cannot apply to a client given "
                + "with httpClient(...); set the connect timeout on that HttpClient"),
        Arguments.of(
            "zero request timeout",
            (Supplier<Object>) () -> Wingspan.builder().requestTimeout(Duration.ZERO),
            IllegalArgumentException.class,
            "requestTimeout must be positive, was PT0S"),
        Arguments.of(
            "negative connect timeout",
            (Supplier<Object>) () -> Wingspan.builder().connectTimeout(Duration.ofSeconds(-1)),
            IllegalArgumentException.class,
            "connectTimeout must be positive, was PT-1S"),
        Arguments.of(
            "restricted header",
            (Supplier<Object>) () -> Wingspan.builder().header("Host", "x"),
            IllegalArgumentException.class,
            "header 'Host' is restricted or not valid in HTTP"),
        Arguments.of(
            "restricted per-call header",
            (Supplier<Object>) () -> RequestOptions.builder().header("Content-Length", "1"),
            IllegalArgumentException.class,
            "header 'Content-Length' is restricted or not valid in HTTP"),
        Arguments.of(
            "header name with a space",
            (Supplier<Object>) () -> Wingspan.builder().header("X Y", "v"),
            IllegalArgumentException.class,
            "header 'X Y' is restricted or not valid in HTTP"),
        Arguments.of(
            "zero per-call timeout",
            (Supplier<Object>) () -> RequestOptions.builder().timeout(Duration.ZERO),
            IllegalArgumentException.class,
            "timeout must be positive, was PT0S"),
        Arguments.of(
            "empty idempotency key",
            (Supplier<Object>) () -> RequestOptions.builder().idempotencyKey(""),
            IllegalArgumentException.class,
            "idempotencyKey must be 1 to 255 characters, was 0"),
        Arguments.of(
            "long idempotency key",
            (Supplier<Object>) () -> RequestOptions.builder().idempotencyKey("k".repeat(256)),
            IllegalArgumentException.class,
            "idempotencyKey must be 1 to 255 characters, was 256"),
        Arguments.of(
            "idempotency key with a space",
            (Supplier<Object>) () -> RequestOptions.builder().idempotencyKey("a b"),
            IllegalArgumentException.class,
            "idempotencyKey must be visible ASCII characters, found U+0020"),
        Arguments.of(
            "zero attempts",
            (Supplier<Object>) () -> RetryPolicy.builder().maxAttempts(0).build(),
            IllegalArgumentException.class,
            "maxAttempts must be at least 1, was 0"),
        Arguments.of(
            "negative backoff",
            (Supplier<Object>)
                () -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)).build(),
            IllegalArgumentException.class,
            "initialBackoff must not be negative, was PT-0.001S"),
        Arguments.of(
            "max backoff below initial",
            (Supplier<Object>)
                () ->
                    RetryPolicy.builder()
                        .initialBackoff(Duration.ofSeconds(2))
                        .maxBackoff(Duration.ofSeconds(1))
                        .build(),
            IllegalArgumentException.class,
            "maxBackoff (PT1S) must not be less than initialBackoff (PT2S)"),
        Arguments.of(
            "zero time budget",
            (Supplier<Object>) () -> RetryPolicy.builder().maxElapsedTime(Duration.ZERO).build(),
            IllegalArgumentException.class,
            "maxElapsedTime must be positive, was PT0S"),
        Arguments.of(
            "list limit 0",
            (Supplier<Object>) () -> ListClientInvoicesRequest.firstPage().withLimit(0),
            IllegalArgumentException.class,
            "limit must be at least 1, was 0"),
        Arguments.of(
            "empty cursor",
            (Supplier<Object>) () -> ListClientInvoicesRequest.firstPage().withCursor(""),
            IllegalArgumentException.class,
            "cursor must not be empty (use null for the first page)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedBuilds")
  void refusedSettingsSayWhatIsWrong(
      String name, Supplier<Object> build, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(build::get).isExactlyInstanceOf(type).hasMessage(message);
  }

  static Stream<Arguments> badIds() {
    Wingspan sdk = Wingspan.builder().serverURL("http://127.0.0.1:9").bearerAuth("t").build();
    ClientInvoices invoices = sdk.clientInvoice();
    return Stream.of(
        Arguments.of(
            "get null",
            (Runnable) () -> invoices.get(null),
            NullPointerException.class,
            "id must not be null"),
        Arguments.of(
            "get empty",
            (Runnable) () -> invoices.get(""),
            IllegalArgumentException.class,
            "id must not be empty"),
        Arguments.of(
            "getAsync dot",
            (Runnable) () -> invoices.getAsync("."),
            IllegalArgumentException.class,
            "id must not be '.'"),
        Arguments.of(
            "update dot-dot",
            (Runnable) () -> invoices.update(".."),
            IllegalArgumentException.class,
            "id must not be '..'"),
        Arguments.of(
            "fees empty",
            (Runnable) () -> invoices.feesAsync(""),
            IllegalArgumentException.class,
            "invoiceId must not be empty"),
        Arguments.of(
            "pay null",
            (Runnable) () -> invoices.pay(null),
            NullPointerException.class,
            "invoiceId must not be null"),
        Arguments.of(
            "lone surrogate",
            (Runnable) () -> invoices.get("a\uD800"),
            IllegalArgumentException.class,
            "value is not valid Unicode text: it has a lone surrogate"),
        Arguments.of(
            "create null",
            (Runnable) () -> invoices.create(null),
            NullPointerException.class,
            "request"),
        Arguments.of(
            "list null",
            (Runnable) () -> invoices.listAsync(null),
            NullPointerException.class,
            "request"),
        Arguments.of(
            "null options",
            (Runnable) () -> invoices.get("inv-1", null),
            NullPointerException.class,
            "options"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badIds")
  void badArgumentsFailBeforeAnythingIsSent(
      String name, Runnable call, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(call::run).isExactlyInstanceOf(type).hasMessage(message);
  }

  @Test
  void aFailingTokenSupplierIsABearerTokenExceptionAndSendsNothing() throws IOException {
    try (RecordingServer server = new RecordingServer()) {
      Wingspan nullToken =
          Wingspan.builder().serverURL(server.url()).bearerAuth(() -> null).build();
      Wingspan blankToken = Wingspan.builder().serverURL(server.url()).bearerAuth(() -> "").build();
      Wingspan failing =
          Wingspan.builder()
              .serverURL(server.url())
              .bearerAuth(
                  () -> {
                    throw new IllegalStateException("vault unreachable");
                  })
              .build();

      assertThatThrownBy(() -> nullToken.clientInvoice().get("inv-1"))
          .isExactlyInstanceOf(BearerTokenException.class)
          .hasMessage(
              "GET /payments/client/invoice/inv-1 was not sent (attempt 1): bearer token supplier returned null")
          .hasNoCause();
      assertThatThrownBy(() -> blankToken.clientInvoice().getAsync("inv-1").join())
          .cause()
          .isExactlyInstanceOf(BearerTokenException.class)
          .hasMessage(
              "GET /payments/client/invoice/inv-1 was not sent (attempt 1): "
                  + "bearer token supplier returned a blank token");
      assertThatThrownBy(() -> failing.clientInvoice().get("inv-1"))
          .isExactlyInstanceOf(BearerTokenException.class)
          .hasMessage(
              "GET /payments/client/invoice/inv-1 was not sent (attempt 1): the bearer token supplier threw "
                  + "IllegalStateException: vault unreachable")
          .hasRootCauseMessage("vault unreachable")
          .satisfies(e -> assertThat(((WingspanException) e).attempts()).isZero());
      assertThat(server.requests()).isEmpty();
    }
  }

  @Test
  void aCustomHttpClientCarriesTheRequests() throws IOException {
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(json(200, INVOICE_JSON));
      HttpClient custom =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(
                  task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                  })
              .build();
      Wingspan sdk =
          Wingspan.builder().serverURL(server.url()).bearerAuth("t").httpClient(custom).build();

      sdk.clientInvoice().getAsync("inv-1").join();

      assertThat(tasks).hasPositiveValue();
      assertThat(server.requests().get(0).header("Upgrade")).isNull();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retryPolicyDefaultsAndNone() {
    assertThat(RetryPolicy.defaults())
        .isEqualTo(
            new RetryPolicy(
                3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60)));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.none().retries()).isFalse();
    assertThat(RetryPolicy.defaults().toBuilder().maxAttempts(7).build().maxAttempts())
        .isEqualTo(7);
  }
}
