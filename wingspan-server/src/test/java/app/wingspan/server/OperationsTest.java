package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.server.json.ServerJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health, metrics, the contract document, request ids and the benchmark-only route. */
class OperationsTest {
  private static final TestApp APP = TestApp.shared();

  @Test
  void liveAndReadyAnswerUp() {
    assertThat(APP.get("/health/live", null).status()).isEqualTo(200);
    TestApp.Response ready = APP.get("/health/ready", null);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().path("status").asText()).isEqualTo("UP");
  }

  @Test
  void metricsCountRequestsByRouteTemplateAndStatusAndShowThePool() {
    TestApp.Party client = APP.client();
    String id = APP.createInvoice(client, APP.member());
    APP.get("/payments/client/invoice/" + id, client.token());

    TestApp.Response metrics = APP.get("/metrics", null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.header("Content-Type")).startsWith("text/plain");
    assertThat(metrics.body())
        .contains(
            "http_server_requests_seconds_bucket{method=\"GET\",route=\"/payments/client/invoice/{id}\",status=\"200\"")
        .contains(
            "http_server_requests_seconds_count{method=\"POST\",route=\"/payments/client/invoice\",status=\"200\"}")
        .contains("hikaricp_connections_active")
        .doesNotContain(id);
  }

  @Test
  void theContractDocumentIsServed() {
    TestApp.Response openApi = APP.get("/openapi.yaml", null);

    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.header("Content-Type")).startsWith("application/yaml");
    assertThat(openApi.body())
        .startsWith("openapi: 3.1")
        .contains("/payments/client/invoice/{id}:");
  }

  @Test
  void aSaneRequestIdIsEchoedAndOthersAreReplaced() {
    TestApp.Response echoed =
        APP.send("GET", "/health/live", null, null, "X-Request-Id", "trace-abc.123");
    TestApp.Response replaced =
        APP.send("GET", "/health/live", null, null, "X-Request-Id", "bad id with spaces");
    TestApp.Response fresh = APP.get("/health/live", null);

    assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-abc.123");
    assertThat(replaced.header("X-Request-Id"))
        .isNotEqualTo("bad id with spaces")
        .matches("[0-9a-f-]{36}");
    assertThat(fresh.header("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void benchRouteIsOffByDefault() {
    assertProblem(APP.get("/__bench/client-invoice", null), 404, "NOT_FOUND", null);
  }

  @Test
  void benchRouteServesAFullInvoiceWithoutAuthWhenEnabled() throws Exception {
    TestApp bench = TestApp.start(Map.of("WINGSPAN_BENCH_ROUTES", "true"));
    try {
      TestApp.Response response = bench.get("/__bench/client-invoice", null);

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/json");
      ClientInvoice invoice = ServerJson.mapper().readValue(response.body(), ClientInvoice.class);
      assertThat(invoice.invoiceId()).isEqualTo("bench-invoice");
      assertThat(invoice.lineItems()).hasSize(2);
    } finally {
      bench.server.close();
    }
  }
}
