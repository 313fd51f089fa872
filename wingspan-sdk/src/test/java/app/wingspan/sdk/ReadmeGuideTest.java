package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snippets of docs/sdk.md, as written there except where marked (a local server instead of
 * Wingspan's, collected output instead of a console), so the guide cannot drift from the code.
 */
class ReadmeGuideTest {

  private RecordingServer server;
  private Wingspan sdk;
  private final List<String> printed = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer();
    sdk = Wingspan.builder().serverURL(server.url()).bearerAuth("t").build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void paging() {
    server.enqueue(
        json(200, "[{\"invoiceId\":\"a\"},{\"invoiceId\":\"b\"}]").header("X-Next-Cursor", "c2"),
        json(200, "[{\"invoiceId\":\"c\"}]"));

    ListClientInvoicesRequest page = ListClientInvoicesRequest.firstPage().withLimit(50);
    while (page != null) {
      ListClientInvoicesResponse res = sdk.clientInvoice().list(page);
      res.clientInvoices().forEach(invoice -> printed.add(invoice.invoiceId()));
      page = res.nextPage().orElse(null);
    }

    assertThat(printed).containsExactly("a", "b", "c");
    assertThat(server.requests())
        .extracting(RecordingServer.Recorded::rawQuery)
        .containsExactly("limit=50", "limit=50&cursor=c2");
  }

  @Test
  void configuration() {
    server.otherwise(json(200, INVOICE_JSON));
    Supplier<String> tokenVaultCurrent = () -> "rotating"; // stands in for tokenVault.current()
    String correlationId = "corr-1";

    Wingspan configured =
        Wingspan.builder()
            .server(Server.STAGING)
            .serverURL(server.url()) // guide: one of server(...) or serverURL(...)
            .bearerAuth(tokenVaultCurrent)
            .connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(20))
            .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
            .header("X-Correlation-Id", correlationId)
            .build();
    configured.clientInvoice().get("invoice-id");

    assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer rotating");
    assertThat(server.requests().get(0).header("X-Correlation-Id")).isEqualTo("corr-1");
  }

  @Test
  void perCallOptions() {
    server.enqueue(problem(503, "SERVICE_UNAVAILABLE", "down"));
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build();
    String etag = "\"3\"";

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                sdk.clientInvoice()
                    .update(
                        "invoice-id",
                        request,
                        RequestOptions.builder()
                            .timeout(Duration.ofSeconds(5))
                            .disableRetries()
                            .ifMatch(etag)
                            .build()));

    assertThat(thrown).isInstanceOf(ServerException.class);
    assertThat(server.requests()).hasSize(1);
    assertThat(server.requests().get(0).header("If-Match")).isEqualTo("\"3\"");
  }

  @Test
  void errors() {
    server.enqueue(
        problem(409, "INVALID_STATUS_TRANSITION", "Cannot change status from Paid to Open"));

    try {
      sdk.clientInvoice()
          .update(
              "invoice-id",
              ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build());
    } catch (ConflictException e) {
      printed.add(
          "not sent: "
              + e.getMessage()
              + " (code "
              + e.errorCode().orElse("?")
              + ")"); // guide: log.warn
    } catch (NotFoundException e) {
      printed.add("gone");
    }

    assertThat(printed)
        .containsExactly(
            "not sent: PATCH /payments/client/invoice/invoice-id -> HTTP 409 "
                + "INVALID_STATUS_TRANSITION: Cannot change status from Paid to Open (attempt 1) "
                + "(code INVALID_STATUS_TRANSITION)");
  }

  @Test
  void async() {
    server.enqueue(json(200, INVOICE_JSON));

    sdk.clientInvoice()
        .getAsync("invoice-id")
        .thenAccept(
            res ->
                res.clientInvoice()
                    .ifPresent(invoice -> printed.add(invoice.amount().toPlainString())))
        .exceptionally(
            error -> {
              printed.add("failed: " + error.getCause());
              return null;
            })
        .join();

    assertThat(printed).containsExactly("1234.50");
  }
}
