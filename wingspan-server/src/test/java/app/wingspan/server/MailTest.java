package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.EventRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The invoice emails end to end: real servers on a database of their own (no other test's server
 * dispatches its events), sending through GreenMail or a refusing SubEthaSMTP relay in this JVM,
 * with the server's clock moved as the test kit moves it. Every wait is bounded.
 */
class MailTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** How long a test looks for a message that must not come. */
  private static final Duration QUIET = Duration.ofSeconds(3);

  private String url;
  private final List<WingspanServer> servers = new ArrayList<>();

  @BeforeEach
  void freshDatabase() throws Exception {
    String name = "mail_" + Long.toHexString(System.nanoTime());
    try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    url =
        TestDatabase.jdbcUrl()
            .replaceFirst("/postgres\\?", "/" + name + "?")
            .replaceFirst("/postgres$", "/" + name);
  }

  @AfterEach
  void stop() {
    servers.forEach(WingspanServer::close);
  }

  @Test
  void aSentInvoiceEmailsTheClientAndEveryCcOnceWithBothParts() throws Exception {
    TestApp app = server(GREEN_MAIL.getSmtp().getPort(), new EmbeddingTest.MovableClock());
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    String id = sentInvoice(app, client, member, LocalDate.now(ZoneOffset.UTC).plusDays(30));

    await(() -> messages().size() == 2); // one copy per recipient
    MimeMessage message = messages().get(0);
    String eventId = event(app, id, "sentAt").id();
    assertThat(message.getMessageID()).isEqualTo("<" + eventId + ".invoice@wingspan.test>");
    assertThat(message.getFrom()[0].toString()).isEqualTo("Ada Invoices <invoices@wingspan.test>");
    assertThat(addresses(message, Message.RecipientType.TO)).containsExactly("carl@example.test");
    assertThat(addresses(message, Message.RecipientType.CC)).containsExactly("books@example.test");
    String number = invoice(app, client, id).path("invoiceNumber").asText();
    assertThat(message.getSubject()).contains("Invoice " + number).contains("$150.00");
    List<Part> leaves = new ArrayList<>();
    collect(message, leaves);
    assertThat(leaves)
        .extracting(part -> part.getContentType().split(";")[0].toLowerCase())
        .containsExactly("text/plain", "text/html", "application/pdf");
    assertThat((String) leaves.get(0).getContent()).contains(number).contains("$150.00");
    assertThat((String) leaves.get(1).getContent()).contains(number).contains("Design");
    // The button is the invoice's own page link, and it opens the page.
    String link = invoice(app, client, id).path("attachments").path("invoiceLink").asText();
    assertThat(link).startsWith("http");
    assertThat((String) leaves.get(0).getContent()).contains(link);
    assertThat((String) leaves.get(1).getContent()).contains("href=\"" + link + "\"");
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(link)).build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(number);
    // The attached PDF is the invoice's, named for its number.
    assertThat(leaves.get(2).getFileName()).isEqualTo("invoice-" + number + ".pdf");
    try (InputStream in = leaves.get(2).getInputStream();
        PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains(number).contains("Design");
    }
    await(() -> invoice(app, client, id).path("events").path("emailReceivedAt").size() == 1);
    quietly();
    assertThat(messageIds()).hasSize(1);
  }

  @Test
  void remindersGoOutEachAtItsTimeByTheServersClockOnceAndNoneAfterPaid() throws Exception {
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(GREEN_MAIL.getSmtp().getPort(), clock);
    TestApp.Party client = app.client();
    TestApp.Party member = app.member();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String id = sentInvoice(app, client, member, today.plusDays(5));
    await(() -> subjects().size() == 1);
    quietly();
    assertThat(subjects()).hasSize(1);

    clock.advance(Duration.ofDays(2)); // the day 3 days before the due date
    await(() -> subjects().size() == 2);
    assertThat(subjects().get(1)).contains("due in 3 days");
    await(() -> !invoice(app, client, id).path("events").path("sentDueIn3DaysAt").isMissingNode());

    clock.advance(Duration.ofDays(4)); // a day after the due date: due today, not yet 3 days ago
    await(() -> subjects().size() == 3);
    assertThat(subjects().get(2)).contains("due today");
    quietly();
    assertThat(subjects()).hasSize(3);
    await(() -> !invoice(app, client, id).path("events").path("sentDueTodayAt").isMissingNode());

    assertThat(app.pay(client, id, "{\"paymentMethodId\":\"pm_card_visa\"}").status())
        .isEqualTo(200);
    await(() -> subjects().size() == 5);
    assertThat(subjects().subList(3, 5))
        .anySatisfy(subject -> assertThat(subject).startsWith("Receipt for invoice"))
        .anySatisfy(subject -> assertThat(subject).contains("paid invoice"));
    Set<String> memberRecipients = new LinkedHashSet<>();
    for (MimeMessage message : messages()) {
      if (message.getSubject().contains("paid invoice")) {
        memberRecipients.addAll(addresses(message, Message.RecipientType.TO));
      }
    }
    assertThat(memberRecipients).containsExactly("mia.member@example.test");
    await(
        () -> {
          JsonNode events = invoice(app, client, id).path("events");
          return !events.path("sentPaymentConfirmationToClient").isMissingNode()
              && !events.path("sentPaymentConfirmationToMember").isMissingNode();
        });

    clock.advance(Duration.ofDays(10)); // past every reminder: none for a paid invoice
    quietly();
    assertThat(subjects()).hasSize(5);
  }

  @Test
  void aMessageTheRelayRefusesIsRecordedUndeliverableAndNotRetried() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    SMTPServer relay =
        SMTPServer.port(0)
            .hostName("refusing.test")
            .messageHandlerFactory((MessageContext context) -> new Refusing(attempts))
            .build();
    relay.start();
    try {
      TestApp app = server(relay.getPortAllocated(), new EmbeddingTest.MovableClock());
      TestApp.Party client = app.client();
      String id =
          sentInvoice(app, client, app.member(), LocalDate.now(ZoneOffset.UTC).plusDays(30));

      await(
          () ->
              !invoice(app, client, id)
                  .path("events")
                  .path("emailUndeliverableAt")
                  .isMissingNode());
      assertThat(invoice(app, client, id).path("events").path("emailReceivedAt").isMissingNode())
          .isTrue();
      quietly();
      assertThat(attempts.get()).isEqualTo(1);
    } finally {
      relay.stop();
    }
  }

  @Test
  void aMessageForARelayThatIsDownIsDeliveredWhenItReturns() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    EmbeddingTest.MovableClock clock = new EmbeddingTest.MovableClock();
    TestApp app = server(port, clock);
    TestApp.Party client = app.client();
    String id = sentInvoice(app, client, app.member(), LocalDate.now(ZoneOffset.UTC).plusDays(30));
    quietly(); // tried, refused at the door, put back for its backoff
    assertThat(invoice(app, client, id).path("events").path("emailReceivedAt").isMissingNode())
        .isTrue();

    com.icegreen.greenmail.util.GreenMail returned =
        new com.icegreen.greenmail.util.GreenMail(
            new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"));
    returned.start();
    try {
      clock.advance(Duration.ofMinutes(2)); // past the first backoff (30 s) by the server's clock
      await(() -> returned.getReceivedMessages().length == 2);
      await(() -> invoice(app, client, id).path("events").path("emailReceivedAt").size() == 1);
      assertThat(
              invoice(app, client, id).path("events").path("emailUndeliverableAt").isMissingNode())
          .isTrue();
    } finally {
      returned.stop();
    }
  }

  @Test
  void twoServersOnOneDatabaseSendOneMessagePerEvent() throws Exception {
    TestApp one = server(GREEN_MAIL.getSmtp().getPort(), new EmbeddingTest.MovableClock());
    TestApp two = server(GREEN_MAIL.getSmtp().getPort(), new EmbeddingTest.MovableClock());
    TestApp.Party client = one.client();
    TestApp.Party member = one.member();
    int invoices = 12;
    for (int i = 0; i < invoices; i++) {
      TestApp via = i % 2 == 0 ? one : two;
      sentInvoice(via, client, member, LocalDate.now(ZoneOffset.UTC).plusDays(30));
    }

    await(() -> messageIds().size() == invoices);
    quietly();
    assertThat(messageIds()).hasSize(invoices);
    assertThat(messages()).hasSize(2 * invoices); // To and CC, once each
  }

  // ---- helpers

  private TestApp server(int smtpPort, EmbeddingTest.MovableClock clock) {
    Map<String, String> env = new HashMap<>();
    env.put("WINGSPAN_DATABASE_URL", url);
    env.put("WINGSPAN_DATABASE_USER", "postgres");
    env.put("WINGSPAN_PORT", "0");
    env.put("WINGSPAN_LOG_LEVEL", "WARN");
    // Two servers write the same invoices: reads from the database.
    env.put("WINGSPAN_INVOICE_CACHE", "false");
    env.put("WINGSPAN_PAYMENT_PROCESSOR", "test");
    env.put("WINGSPAN_SMTP_URL", "smtp://127.0.0.1:" + smtpPort + "?starttls=off");
    env.put("WINGSPAN_MAIL_FROM", "invoices@wingspan.test");
    env.put("WINGSPAN_MAIL_FROM_NAME", "Ada Invoices");
    WingspanServer server =
        WingspanServer.start(TestApp.config(env), Embedding.none().withClock(clock));
    servers.add(server);
    return new TestApp(server);
  }

  private static String sentInvoice(
      TestApp app, TestApp.Party client, TestApp.Party member, LocalDate dueDate) {
    String body =
        "{\"memberId\":\""
            + member.id()
            + "\",\"clientEmail\":\"carl@example.test\",\"clientEmailCC\":[\"books@example.test\"],"
            + "\"dueDate\":\""
            + dueDate
            + "\",\"lineItems\":[{\"description\":\"Design\",\"costPerUnit\":100.00,\"quantity\":1.5}]}";
    TestApp.Response created = app.send("POST", "/payments/client/invoice", client.token(), body);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    String id = created.json().path("invoiceId").asText();
    TestApp.Response sent =
        app.send(
            "PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Open\"}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    return id;
  }

  private static JsonNode invoice(TestApp app, TestApp.Party client, String id) {
    return app.get("/payments/client/invoice/" + id, client.token()).json();
  }

  private static EventRow event(TestApp app, String invoiceId, String kind) {
    return app.store().events(invoiceId).stream()
        .filter(event -> event.kind().equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static List<MimeMessage> messages() {
    return Arrays.asList(GREEN_MAIL.getReceivedMessages());
  }

  /** Distinct Message-IDs, in arrival order. */
  private static List<String> messageIds() throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (MimeMessage message : messages()) {
      ids.add(message.getMessageID());
    }
    return List.copyOf(ids);
  }

  /** The subject of each distinct message, in arrival order. */
  private static List<String> subjects() {
    try {
      Map<String, String> byId = new java.util.LinkedHashMap<>();
      for (MimeMessage message : messages()) {
        byId.putIfAbsent(message.getMessageID(), message.getSubject());
      }
      return List.copyOf(byId.values());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage message, Message.RecipientType type)
      throws Exception {
    return Arrays.stream(message.getRecipients(type)).map(Object::toString).toList();
  }

  private static void collect(Part part, List<Part> leaves) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), leaves);
      }
    } else {
      leaves.add(part);
    }
  }

  private static void quietly() throws InterruptedException {
    Thread.sleep(QUIET.toMillis());
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void await(Check check) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!check.holds()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** Refuses every recipient with 550, counting the attempts to send (one MAIL FROM each). */
  private static final class Refusing implements MessageHandler {
    private final AtomicInteger attempts;

    Refusing(AtomicInteger attempts) {
      this.attempts = attempts;
    }

    @Override
    public void from(String from) {
      attempts.incrementAndGet();
    }

    @Override
    public void recipient(String recipient) throws RejectException {
      throw new RejectException(550, "5.1.1 mailbox unavailable");
    }

    @Override
    public String data(InputStream data) throws java.io.IOException {
      data.readAllBytes();
      return null;
    }

    @Override
    public void done() {}
  }
}
