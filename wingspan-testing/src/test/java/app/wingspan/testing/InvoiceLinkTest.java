package app.wingspan.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoice;
import app.wingspan.model.InvoiceAttachments;
import app.wingspan.sdk.Wingspan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The test server fills {@code attachments.invoiceLink} with a URL that works, so a team can test
 * its own "email the payer a link" flow end to end: open it as the payer would.
 */
@WingspanTest
class InvoiceLinkTest {

  @Test
  void aSentInvoicesLinkOpensItsPageAndItsPdf(
      Wingspan sdk, TestAccounts accounts, WingspanTestServer server) throws Exception {
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
    String id = KitFixtures.openInvoice(sdk, accounts.member().id(), due);
    ClientInvoice invoice = sdk.clientInvoice().get(id).clientInvoice().orElseThrow();
    InvoiceAttachments attachments = invoice.attachments();

    assertThat(attachments.invoiceLink()).startsWith(server.baseUrl() + "/i/");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(attachments.invoiceLink())).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<byte[]> pdf =
        http.send(
            HttpRequest.newBuilder(URI.create(attachments.invoicePdf())).build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Invoice " + invoice.invoiceNumber()).contains("Design");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }
}
