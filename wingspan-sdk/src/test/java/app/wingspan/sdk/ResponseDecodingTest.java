package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.RecordingServer.json;
import static app.wingspan.sdk.RecordingServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How 2xx responses are read: typed body, status, content type, raw bytes, leniency and refusals.
 */
class ResponseDecodingTest {

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

  @Test
  void getDecodesTheInvoiceLenientlyAndKeepsTheRawResponse() {
    server.enqueue(json(200, INVOICE_JSON).header("X-Request-Id", "req-1"));

    GetClientInvoiceResponse response = sdk.clientInvoice().get("inv-1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.rawResponse().bodyText()).isEqualTo(INVOICE_JSON);
    assertThat(response.rawResponse().body())
        .isEqualTo(INVOICE_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(response.rawResponse().headers().firstValue("x-request-id")).hasValue("req-1");
    ClientInvoice invoice = response.clientInvoice().orElseThrow();
    assertThat(invoice.invoiceId()).isEqualTo("inv-1");
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.amount()).isEqualTo(new BigDecimal("1234.50"));
    assertThat(invoice.creditFeeHandling().clientPays()).isEqualTo(new BigDecimal("50.00"));
  }

  @Test
  void theEtagOfAGetIsSentBackAsIfMatch() {
    server.enqueue(
        json(200, INVOICE_JSON).header("ETag", "\"v7\""),
        json(200, INVOICE_JSON).header("ETag", "\"v8\""));

    GetClientInvoiceResponse got = sdk.clientInvoice().get("inv-1");
    UpdateClientInvoiceResponse updated =
        sdk.clientInvoice()
            .update(
                "inv-1", null, RequestOptions.builder().ifMatch(got.etag().orElseThrow()).build());

    assertThat(server.requests().get(1).header("If-Match")).isEqualTo("\"v7\"");
    assertThat(updated.etag()).hasValue("\"v8\"");
    server.enqueue(json(200, INVOICE_JSON));
    assertThat(sdk.clientInvoice().get("inv-1").etag()).isEmpty();
  }

  @Test
  void responsesDescribeThemselvesWithoutBodyText() {
    server.enqueue(
        json(200, INVOICE_JSON), json(200, "[" + INVOICE_JSON + "]").header("X-Next-Cursor", "c"));

    GetClientInvoiceResponse got = sdk.clientInvoice().get("inv-1");
    ListClientInvoicesResponse listed = sdk.clientInvoice().list();

    int size = INVOICE_JSON.getBytes(StandardCharsets.UTF_8).length;
    assertThat(got.toString())
        .isEqualTo(
            "GetClientInvoiceResponse{statusCode=200, contentType=application/json, "
                + "clientInvoice=present, rawResponse=RawResponse[headers=[content-length, content-type, date], body="
                + size
                + " bytes]}");
    assertThat(listed.toString())
        .startsWith(
            "ListClientInvoicesResponse{statusCode=200, "
                + "contentType=application/json, clientInvoices=1 items, nextPage=true, ")
        .doesNotContain("Design work");
  }

  @Test
  void aStatusThisSdkDoesNotKnowIsKept() {
    server.enqueue(json(200, "{\"invoiceId\":\"inv-1\",\"status\":\"Disputed\"}"));

    ClientInvoice invoice = sdk.clientInvoice().get("inv-1").clientInvoice().orElseThrow();

    assertThat(invoice.status().value()).isEqualTo("Disputed");
    assertThat(invoice.status().isKnown()).isFalse();
  }

  @ParameterizedTest(name = "status {0}, content type {1}, body [{2}] -> no invoice")
  @CsvSource(
      textBlock =
          """
      200, application/json, ''
      200, application/json, null
      200, ,                 ''
      204, ,                 ''
      """)
  void anEmptyBodyOrJsonNullIsAnEmptyOptional(int status, String contentType, String body) {
    server.enqueue(reply(status, contentType, body));

    UpdateClientInvoiceResponse response = sdk.clientInvoice().update("inv-1");

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.clientInvoice()).isEmpty();
    assertThat(response.contentType()).isEqualTo(contentType == null ? "" : contentType);
  }

  @ParameterizedTest(name = "content type {0}")
  @CsvSource(
      textBlock =
          """
      application/json; charset=utf-8
      Application/JSON
      application/problem+json
      """)
  void anyJsonContentTypeIsAccepted(String contentType) {
    server.enqueue(reply(200, contentType, INVOICE_JSON));

    assertThat(sdk.clientInvoice().get("inv-1").clientInvoice()).isPresent();
  }

  @Test
  void feesDecodeExactly() {
    server.enqueue(json(200, "{\"creditFeeTotal\":18.20}"));

    GetInvoiceFeesResponse response = sdk.clientInvoice().fees("inv-1");

    assertThat(response.invoiceFeeCalculation().orElseThrow().creditFeeTotal())
        .isEqualTo(new BigDecimal("18.20"));
  }

  @Test
  void listCarriesInvoicesAndTheNextPage() {
    server.enqueue(
        json(200, "[" + INVOICE_JSON + ", null, {\"invoiceId\":\"inv-2\"}]")
            .header("X-Next-Cursor", "cur-2"));
    server.enqueue(json(200, "[]"));

    ListClientInvoicesResponse first =
        sdk.clientInvoice().list(ListClientInvoicesRequest.firstPage().withLimit(2));
    ListClientInvoicesResponse second = sdk.clientInvoice().list(first.nextPage().orElseThrow());

    assertThat(first.clientInvoices())
        .extracting(ClientInvoice::invoiceId)
        .containsExactly("inv-1", "inv-2");
    assertThat(first.nextCursor()).hasValue("cur-2");
    assertThat(first.nextPage()).hasValue(new ListClientInvoicesRequest(2, "cur-2"));
    assertThat(server.requests().get(1).rawQuery()).isEqualTo("limit=2&cursor=cur-2");
    assertThat(second.clientInvoices()).isEmpty();
    assertThat(second.nextCursor()).isEmpty();
    assertThat(second.nextPage()).isEmpty();
  }

  @Test
  void anHtmlPageInsteadOfJsonIsAnUnexpectedResponseWithAPreview() {
    String html = "<html><body>" + "x".repeat(500) + "</body></html>";
    server.enqueue(reply(200, "text/html", html));

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOfSatisfying(
            UnexpectedResponseException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(200);
              assertThat(e.contentType()).isEqualTo("text/html");
              assertThat(e.bodyPreview()).isEqualTo(html.substring(0, 200) + "...");
              assertThat(e.body()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
              assertThat(e)
                  .hasMessage(
                      "GET /payments/client/invoice/inv-1 -> HTTP 200 with content type 'text/html' "
                          + "where JSON was expected (attempt 1); body starts: "
                          + html.substring(0, 200)
                          + "...");
            });
  }

  @Test
  void aBodyWithoutContentTypeIsAnUnexpectedResponse() {
    server.enqueue(reply(200, null, "{}"));

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage(
            "GET /payments/client/invoice/inv-1 -> HTTP 200 with no content type where JSON was expected "
                + "(attempt 1); body starts: {}");
  }

  @ParameterizedTest(name = "body {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      {"invoiceId": | a body that does not decode as
      [1,2]         | a body that does not decode as
      {"amount":"lots"} | a body that does not decode as
      """)
  void jsonThatDoesNotDecodeIsAnUnexpectedResponse(String body, String expected) {
    server.enqueue(json(200, body));

    assertThatThrownBy(() -> sdk.clientInvoice().get("inv-1"))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageStartingWith(
            "GET /payments/client/invoice/inv-1 -> HTTP 200 with "
                + expected
                + " app.wingspan.model.ClientInvoice")
        .hasMessageEndingWith("body starts: " + body)
        .hasCauseInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
  }

  @Test
  void listThatIsNotAnArrayIsAnUnexpectedResponse() {
    server.enqueue(json(200, "{\"data\":[]}"));

    assertThatThrownBy(() -> sdk.clientInvoice().list())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining(
            "does not decode as java.util.List<app.wingspan.model.ClientInvoice>");
  }
}
