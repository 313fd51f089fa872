package app.wingspan.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HTTP listens before the database side is attached (start-up runs the two in parallel): until then
 * every API route answers 503 with Retry-After, readiness is red, liveness is green.
 */
class StartingUpTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final HttpApi http =
      HttpApi.start(
          "127.0.0.1",
          0,
          new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
          () -> new byte[0],
          false,
          java.util.List.of());

  @AfterEach
  void stop() {
    http.stop();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /payments/client/invoice/inv_1",
    "PATCH, /payments/client/invoice/inv_1",
    "GET, /payments/client/invoice",
    "POST, /payments/client/invoice",
    "GET, /payments/client/invoice/inv_1/fees",
    "POST, /payments/client/invoice/inv_1/pay",
    "GET, /health/ready",
  })
  void beforeTheDatabaseIsAttachedTheApiAnswers503WithRetryAfter(String method, String path)
      throws Exception {
    HttpResponse<String> response = send(method, path);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After"))
        .contains(ErrorMapper.RETRY_AFTER_SECONDS);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(ErrorMapper.PROBLEM_JSON));
    assertThat(response.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"");
  }

  @Test
  void livenessAnswersWhileTheDatabaseIsStillStarting() throws Exception {
    assertThat(send("GET", "/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void onceAttachedRequestsReachTheService() throws Exception {
    http.attach(new HttpApi.Dependencies(null, null, () -> true));

    assertThat(send("GET", "/health/ready").statusCode()).isEqualTo(200);
    // Authentication now runs (and refuses the missing token) instead of the start-up 503.
    assertThat(send("GET", "/payments/client/invoice/inv_1").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
