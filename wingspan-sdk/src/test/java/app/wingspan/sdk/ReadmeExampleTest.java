package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.FeeHandlingConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The README's SDK example, as written there (plus {@code serverURL}), against a local server. If this stops
 * compiling, the README is wrong. WINGSPAN_TOKEN is set for the tests by the module's POM.
 */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    try (RecordingServer server = new RecordingServer()) {
      server.otherwise(json(200, INVOICE_JSON));
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));

      // --- README ---
      Wingspan sdk = Wingspan.builder()
          .serverURL(server.url())
          .bearerAuth(System.getenv("WINGSPAN_TOKEN"))
          .build();
      GetClientInvoiceResponse got = sdk.clientInvoice().get("invoice-id");
      got.clientInvoice().ifPresent(invoice -> System.out.println(invoice.status()));
      UpdateClientInvoiceResponse updated = sdk.clientInvoice().update("invoice-id",
          ClientInvoiceUpdateRequest.builder()
              .creditFeeHandling(FeeHandlingConfig.builder().build())
              .build());
      // --- end README ---

      assertThat(updated.statusCode()).isEqualTo(200);
      assertThat(server.requests()).extracting(r -> r.method() + " " + r.rawPath() + " " + r.body())
          .containsExactly("GET /payments/client/invoice/invoice-id ",
              "PATCH /payments/client/invoice/invoice-id {\"creditFeeHandling\":{}}");
      assertThat(server.requests()).extracting(r -> r.header("Authorization"))
          .containsOnly("Bearer readme-example-token");
    } finally {
      System.setOut(stdout);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Open" + System.lineSeparator());
  }
}
