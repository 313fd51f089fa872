package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.EventRow;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The invoice page over plain HTTP: links in attachments, what a link opens and what it does not,
 * the security headers, emailViewedAt, rotation, cross-site posts, the PDFs, and that no link token
 * ever reaches a log line. The browser tests ({@link InvoicePageBrowserTest}) pay and look.
 */
class InvoicePageTest {
  private static final HttpClient PLAIN =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Logger ROOT =
      (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
  private static final List<String> TOKENS_SEEN = new ArrayList<>();
  private static Level previousLevel;
  private static TestApp app;

  @BeforeAll
  static void start() {
    previousLevel = ROOT.getLevel();
    LOGS.start();
    ROOT.addAppender(LOGS);
    // INFO: the access log is written, so the test below can look for tokens in it.
    app = TestApp.start(Map.of("WINGSPAN_LOG_LEVEL", "INFO"));
  }

  @AfterAll
  static void stop() {
    try {
      app.server.close();
      List<String> lines = new ArrayList<>();
      for (ILoggingEvent event : LOGS.list) {
        lines.add(event.getFormattedMessage() + " " + event.getMDCPropertyMap());
      }
      assertThat(lines).isNotEmpty();
      for (String token : TOKENS_SEEN) {
        assertThat(lines).noneMatch(line -> line.contains(token));
      }
    } finally {
      ROOT.detachAppender(LOGS);
      ROOT.setLevel(previousLevel);
    }
  }

  private static final Pattern TOKEN = Pattern.compile("/i/([A-Za-z0-9_-]{43})");

  /** The link of a sent invoice, from its attachments. */
  private static String link(TestApp.Party client, String id) {
    JsonNode invoice = app.get("/payments/client/invoice/" + id, client.token()).json();
    String link = invoice.path("attachments").path("invoiceLink").asText(null);
    assertThat(link).as("invoiceLink of %s", invoice).isNotNull();
    Matcher m = TOKEN.matcher(link);
    assertThat(m.find()).isTrue();
    TOKENS_SEEN.add(m.group(1));
    return link;
  }

  private static HttpResponse<byte[]> fetch(String method, String url, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return PLAIN.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void draftsHaveNoAttachmentsAndSentInvoicesLinkTheirPageAndPdf() {
    TestApp.Party client = app.client();
    String id = app.createInvoice(client, app.member());
    JsonNode draft = app.get("/payments/client/invoice/" + id, client.token()).json();
    assertThat(draft.has("attachments")).isFalse();

    JsonNode sent =
        app.send("PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Open\"}")
            .json();
    String link = sent.path("attachments").path("invoiceLink").asText();
    assertThat(link).startsWith(app.base().replace("localhost", "localhost") + "/i/");
    assertThat(sent.path("attachments").path("invoicePdf").asText())
        .isEqualTo(link + "/invoice.pdf");
    assertThat(sent.path("attachments").has("receiptPdf")).isFalse();
    // The same link on every answer, and in the list.
    assertThat(link(client, id)).isEqualTo(link);
    JsonNode listed = app.get("/payments/client/invoice", client.token()).json();
    assertThat(listed.get(0).path("attachments").path("invoiceLink").asText()).isEqualTo(link);

    JsonNode paid = app.pay(client, id, "{\"paymentMethodId\":\"pm_card_visa\"}").json();
    assertThat(paid.path("attachments").path("receiptPdf").asText())
        .isEqualTo(link + "/receipt.pdf");
  }

  @Test
  void thePageShowsTheInvoiceWithTheSecurityHeaders() {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    HttpResponse<byte[]> page = fetch("GET", link(client, id));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .contains("default-src 'none'")
        .contains("frame-ancestors 'none'")
        .contains("form-action 'self'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("http");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    String html = text(page);
    assertThat(html).contains("Design").contains("$150.00").contains("Carl Client Co");
    assertThat(html).contains("Test mode").contains("pm_card_visa").doesNotContain("<script");
  }

  @Test
  void theFirstGetRecordsEmailViewedAtOnceAndHeadOrPdfDoNot() {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    String link = link(client, id);

    assertThat(fetch("HEAD", link).statusCode()).isEqualTo(200);
    assertThat(fetch("GET", link + "/invoice.pdf").statusCode()).isEqualTo(200);
    assertThat(events(client, id).has("emailViewedAt")).isFalse();
    assertThat(viewedEvents(id)).isEmpty();
    int historyBefore = app.store().history(id).size();

    assertThat(fetch("GET", link).statusCode()).isEqualTo(200);
    JsonNode viewed = events(client, id).path("emailViewedAt");
    assertThat(viewed.size()).isEqualTo(1);
    assertThat(fetch("GET", link).statusCode()).isEqualTo(200);
    assertThat(events(client, id).path("emailViewedAt")).isEqualTo(viewed);
    // Written through the one write path: one history row and one invoice event, by the client.
    assertThat(app.store().history(id)).hasSize(historyBefore + 1);
    assertThat(viewedEvents(id)).singleElement().extracting(EventRow::byClient).isEqualTo(true);
  }

  private static List<EventRow> viewedEvents(String id) {
    return app.store().events(id).stream()
        .filter(event -> event.kind().equals("emailViewedAt"))
        .toList();
  }

  private static JsonNode events(TestApp.Party client, String id) {
    return app.get("/payments/client/invoice/" + id, client.token()).json().path("events");
  }

  @Test
  void linksAndApiTokensOpenOnlyWhatTheyAreFor() {
    TestApp.Party client = app.client();
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String mine = app.sentInvoice(client, app.member(), today.plusDays(30).toString());
    TestApp.Party otherClient = app.client();
    String other = app.sentInvoice(otherClient, app.member(), today.plusDays(45).toString());
    String link = link(client, mine);
    String otherLink = link(otherClient, other);
    String token = link.substring(link.lastIndexOf('/') + 1);

    // A link token is not an API token.
    assertThat(app.get("/payments/client/invoice/" + mine, token).status()).isEqualTo(401);
    // An API token is not a link.
    HttpResponse<byte[]> apiTokenAsLink =
        fetch("GET", app.base() + "/i/" + client.token().replaceAll("[^A-Za-z0-9_-]", ""));
    assertThat(apiTokenAsLink.statusCode()).isEqualTo(404);
    // A link shows its own invoice only (told apart by their due dates).
    java.time.format.DateTimeFormatter date =
        java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US);
    String myDue = date.format(today.plusDays(30));
    String otherDue = date.format(today.plusDays(45));
    assertThat(text(fetch("GET", link))).contains(myDue).doesNotContain(otherDue);
    assertThat(text(fetch("GET", otherLink))).contains(otherDue).doesNotContain(myDue);
  }

  @Test
  void aRotatedOrUnknownLinkAnswersTheSame404() {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    String old = link(client, id);

    TestApp.Response rotated =
        app.send("POST", "/payments/client/invoice/" + id + "/rotate-link", client.token(), null);
    assertThat(rotated.status()).isEqualTo(200);
    String fresh = rotated.json().path("attachments").path("invoiceLink").asText();
    TOKENS_SEEN.add(fresh.substring(fresh.lastIndexOf('/') + 1));
    assertThat(fresh).isNotEqualTo(old);
    assertThat(link(client, id)).isEqualTo(fresh);

    HttpResponse<byte[]> gone = fetch("GET", old);
    HttpResponse<byte[]> unknown =
        fetch("GET", app.base() + "/i/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(unknown.statusCode()).isEqualTo(404);
    // The same page, but for the style nonce each answer has.
    assertThat(text(gone).replaceAll("nonce=\"[^\"]*\"", ""))
        .isEqualTo(text(unknown).replaceAll("nonce=\"[^\"]*\"", ""))
        .doesNotContain(id);
    assertThat(fetch("GET", old + "/invoice.pdf").statusCode()).isEqualTo(404);
    assertThat(fetch("GET", fresh).statusCode()).isEqualTo(200);

    String draft = app.createInvoice(client, app.member());
    assertThat(
            app.send(
                    "POST",
                    "/payments/client/invoice/" + draft + "/rotate-link",
                    client.token(),
                    null)
                .status())
        .isEqualTo(409);
    TestApp.Party stranger = app.client();
    assertThat(
            app.send(
                    "POST",
                    "/payments/client/invoice/" + id + "/rotate-link",
                    stranger.token(),
                    null)
                .status())
        .isEqualTo(404);
  }

  @Test
  void aCrossSitePostIsRefusedAndPaysNothing() throws Exception {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    String link = link(client, id);
    String form =
        "csrf=AAAAAAAAAAAAAAAAAAAAAA&idempotencyKey=abcdefghijklmnop&method=card"
            + "&paymentMethodId=pm_card_visa";
    for (String[] headers :
        List.of(
            new String[] {"Origin", "https://evil.example"},
            new String[] {"Sec-Fetch-Site", "cross-site"},
            new String[] {"Cookie", "wingspan_page_csrf=BBBBBBBBBBBBBBBBBBBBBB"})) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(link + "/pay"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header(headers[0], headers[1])
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      HttpResponse<String> answer = PLAIN.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("with %s", headers[0]).isEqualTo(403);
    }
    assertThat(
            app.get("/payments/client/invoice/" + id, client.token())
                .json()
                .path("status")
                .asText())
        .isEqualTo("Open");
  }

  @Test
  void pdfsCarryTheInvoiceAreCachedPerVersionAndAnswer304() throws Exception {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    String link = link(client, id);
    String number =
        app.get("/payments/client/invoice/" + id, client.token())
            .json()
            .path("invoiceNumber")
            .asText();

    HttpResponse<byte[]> first = fetch("GET", link + "/invoice.pdf");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(first.headers().firstValue("Content-Disposition").orElse(""))
        .contains("invoice-" + number + ".pdf");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(first.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(number).contains("Design").contains("$150.00");
      PDRectangle size = pdf.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(size.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
      for (org.apache.pdfbox.cos.COSName name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
      }
    }
    HttpResponse<byte[]> again = fetch("GET", link + "/invoice.pdf");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(fetch("GET", link + "/invoice.pdf", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    assertThat(fetch("GET", link + "/receipt.pdf").statusCode()).isEqualTo(404);

    // A new version (the payer viewed it, then paid) is a new PDF.
    app.pay(client, id, "{\"paymentMethodId\":\"pm_card_visa\"}");
    HttpResponse<byte[]> paid = fetch("GET", link + "/invoice.pdf", "If-None-Match", etag);
    assertThat(paid.statusCode()).isEqualTo(200);
    assertThat(paid.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    HttpResponse<byte[]> receipt = fetch("GET", link + "/receipt.pdf");
    assertThat(receipt.statusCode()).isEqualTo(200);
    assertThat(receipt.headers().firstValue("Content-Disposition").orElse(""))
        .contains("receipt-" + number + ".pdf");
    try (PDDocument pdf = Loader.loadPDF(receipt.body())) {
      String text = new PDFTextStripper().getText(pdf);
      // $150.00 at 2.9% + $0.30: a card fee of $4.65, all the member's by default.
      assertThat(text)
          .contains(number)
          .contains("Visa ending 4242")
          .contains("Amount charged")
          .contains("$150.00")
          .contains("$4.65")
          .contains("$145.35");
    }
  }

  @Test
  void aCancelledInvoiceShowsACancelledPageWithNoPayForm() {
    TestApp.Party client = app.client();
    String id = app.sentInvoice(client, app.member());
    String link = link(client, id);
    assertThat(
            app.send(
                    "PATCH",
                    "/payments/client/invoice/" + id,
                    client.token(),
                    "{\"status\":\"Cancelled\"}")
                .status())
        .isEqualTo(200);
    String html = text(fetch("GET", link));
    assertThat(html).contains("cancelled").doesNotContain("<form");
  }

  static JsonNode json(byte[] body) {
    try {
      return ServerJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
