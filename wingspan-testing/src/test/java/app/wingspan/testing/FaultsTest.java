package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Faults apply to the next matching requests, before the API sees them, then the server behaves
 * normally.
 */
@WingspanTest
class FaultsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String INVOICES = "/payments/client/invoice";

  @InjectWingspan WingspanTestServer server;
  @InjectWingspan Faults faults;

  @ParameterizedTest(name = "{0} {1} against {2}: {3}")
  @CsvSource({
    "GET,   /payments/client/invoice/*,  /payments/client/invoice/abc,      true",
    "GET,   /payments/client/invoice/*,  /payments/client/invoice/abc/fees, false",
    "GET,   /payments/client/invoice/*,  /payments/client/invoice,          false",
    "GET,   /payments/**,                /payments/client/invoice/abc/fees, true",
    "*,     /payments/client/invoice,    /payments/client/invoice,          true",
    "PATCH, /payments/client/invoice/*,  /payments/client/invoice/abc,      false",
    "get,   /payments/client/invoice/*/fees, /payments/client/invoice/a.b/fees, true",
    "GET,   /payments/client/invoice/a.b, /payments/client/invoice/aXb,     false",
  })
  void aFaultMatchesByMethodAndPathPattern(
      String method, String pattern, String path, boolean matches) throws Exception {
    Faults.Fault fault = faults.on(method, pattern).serviceUnavailable(Duration.ZERO);

    HttpResponse<String> response = send("GET", path, null);

    assertThat(response.statusCode() == 503).isEqualTo(matches);
    assertThat(fault.hits()).isEqualTo(matches ? 1 : 0);
  }

  @Test
  void aServiceUnavailableFaultAnswers503WithRetryAfterAndChangesNothing() throws Exception {
    Faults.Fault fault =
        faults.on("POST", INVOICES).times(2).serviceUnavailable(Duration.ofSeconds(7));
    String body = KitFixtures.createBody(server.accounts().member().id(), "2030-01-01");

    for (int attempt = 1; attempt <= 2; attempt++) {
      HttpResponse<String> refused = send("POST", INVOICES, body);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).contains("7");
      assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(refused.body()).contains("\"status\":503", "\"code\":\"SERVICE_UNAVAILABLE\"");
    }
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).isEmpty();
    assertThat(fault.remaining()).isZero();

    assertThat(send("POST", INVOICES, body).statusCode()).isEqualTo(200); // used up: normal again
    assertThat(fault.hits()).isEqualTo(2);
  }

  @Test
  void aRateLimitedFaultAnswers429WithRetryAfter() throws Exception {
    faults.on("GET", INVOICES).rateLimited(Duration.ofSeconds(3));

    HttpResponse<String> limited = send("GET", INVOICES, null);

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("3");
    assertThat(limited.body()).contains("\"code\":\"RATE_LIMITED\"");
  }

  @Test
  void aDroppedConnectionGetsNoAnswerAndChangesNothing() throws Exception {
    Faults.Fault fault = faults.on("POST", INVOICES).dropConnection();
    String body = KitFixtures.createBody(server.accounts().member().id(), "2030-01-01");

    assertThatThrownBy(() -> send("POST", INVOICES, body)).isInstanceOf(IOException.class);

    assertThat(fault.hits()).isEqualTo(1);
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).isEmpty();
  }

  @Test
  void aDelayedRequestRunsNormallyOnceItsDelayIsOver() throws Exception {
    faults.on("POST", INVOICES).delay(Duration.ofMillis(400));
    long started = System.nanoTime();

    HttpResponse<String> created =
        send(
            "POST",
            INVOICES,
            KitFixtures.createBody(server.accounts().member().id(), "2030-01-01"));

    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).hasSize(1);
  }

  @Test
  void aResetDropsARequestStillWaitingOutItsDelaySoItCannotReachTheNextTest() throws Exception {
    faults.on("POST", INVOICES).delay(Duration.ofMinutes(5));
    CompletableFuture<HttpResponse<String>> waiting =
        HTTP.sendAsync(
            request(
                "POST",
                INVOICES,
                KitFixtures.createBody(server.accounts().member().id(), "2030-01-01")),
            HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200); // let it arrive

    server.reset();

    assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(server.sdk().clientInvoice().list().clientInvoices()).isEmpty();
  }

  @Test
  void theFaultAddedFirstApplies() throws Exception {
    Faults.Fault first = faults.on("GET", INVOICES).rateLimited(Duration.ZERO);
    Faults.Fault second = faults.onAnyRequest().serviceUnavailable(Duration.ZERO);

    assertThat(send("GET", INVOICES, null).statusCode()).isEqualTo(429);
    assertThat(send("GET", INVOICES, null).statusCode()).isEqualTo(503);
    assertThat(send("GET", INVOICES, null).statusCode()).isEqualTo(200);
    assertThat(first.hits()).isEqualTo(1);
    assertThat(second.hits()).isEqualTo(1);
  }

  @Test
  void badDescriptionsAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> faults.on("GET", "payments"))
        .hasMessageContaining("must start with '/'");
    assertThatThrownBy(() -> faults.on("GET", "/x").times(0))
        .hasMessageContaining("times must be at least 1");
    assertThatThrownBy(() -> faults.on("GET", "/x").delay(Duration.ofSeconds(-1)))
        .hasMessageContaining("delay");
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return HTTP.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String method, String path, String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", "Bearer " + server.accounts().client().token())
        .header("Content-Type", "application/json")
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
