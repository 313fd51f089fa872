package app.wingspan.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceFeeCalculation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a test with a fake ClientInvoices needs: options it can compare and read, responses it can
 * build with the headers code relies on (ETag, request id).
 */
class InspectableFakesTest {

  private static final ClientInvoice INVOICE = ClientInvoice.builder().invoiceId("inv-1").build();

  @Test
  void optionsWithTheSameSettingsAreEqual() {
    RequestOptions one =
        RequestOptions.builder()
            .ifMatch("\"7\"")
            .idempotencyKey("order-42")
            .timeout(Duration.ofSeconds(5))
            .disableRetries()
            .build();
    RequestOptions same =
        RequestOptions.builder()
            .ifMatch("\"7\"")
            .idempotencyKey("order-42")
            .timeout(Duration.ofSeconds(5))
            .retryPolicy(RetryPolicy.none())
            .build();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(RequestOptions.builder().ifMatch("\"8\"").build());
    assertThat(RequestOptions.defaults()).isEqualTo(RequestOptions.builder().build());
  }

  @Test
  void optionsTellWhatTheyOverride() {
    RequestOptions options =
        RequestOptions.builder()
            .ifMatch("\"7\"")
            .idempotencyKey("order-42")
            .timeout(Duration.ofSeconds(5))
            .header("X-Trace", "t-1")
            .build();

    assertThat(options.ifMatch()).hasValue("\"7\"");
    assertThat(options.idempotencyKey()).hasValue("order-42");
    assertThat(options.timeout()).hasValue(Duration.ofSeconds(5));
    assertThat(options.retryPolicy()).isEmpty();
    assertThat(options.headers()).containsEntry("X-Trace", "t-1").containsKey("If-Match");
    assertThat(RequestOptions.defaults().ifMatch()).isEmpty();
  }

  @Test
  void responseFactoriesCarryTheHeadersGiven() {
    Map<String, String> headers = Map.of("ETag", "\"7\"", "X-Request-Id", "req-1");

    GetClientInvoiceResponse got = GetClientInvoiceResponse.of(INVOICE, headers);
    UpdateClientInvoiceResponse updated = UpdateClientInvoiceResponse.of(INVOICE, headers);

    assertThat(got.etag()).hasValue("\"7\"");
    assertThat(got.requestId()).hasValue("req-1");
    assertThat(got.clientInvoice()).hasValue(INVOICE);
    assertThat(got.contentType()).isEqualTo("application/json");
    assertThat(updated.etag()).hasValue("\"7\"");
    assertThat(updated.requestId()).hasValue("req-1");
    assertThat(CreateClientInvoiceResponse.of(INVOICE, headers).requestId()).hasValue("req-1");
    assertThat(PayClientInvoiceResponse.of(INVOICE, headers).requestId()).hasValue("req-1");
    assertThat(GetInvoiceFeesResponse.of((InvoiceFeeCalculation) null, headers).requestId())
        .hasValue("req-1");
    assertThat(GetClientInvoiceResponse.of(INVOICE).requestId()).isEmpty();
  }

  @Test
  void aRealResponseCarriesTheServersRequestId() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      server.enqueue(
          RecordingServer.json(200, Fixtures.INVOICE_JSON).header("X-Request-Id", "req-9"));
      Wingspan sdk = Fixtures.client(server).build();

      assertThat(sdk.clientInvoice().get("inv-1").requestId()).hasValue("req-9");
    }
  }
}
