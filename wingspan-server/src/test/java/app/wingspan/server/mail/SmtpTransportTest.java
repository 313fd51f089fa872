package app.wingspan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/** The SMTP transport against real SMTP servers in this JVM: GreenMail, and a refusing relay. */
class SmtpTransportTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final MailSender SENDER = new MailSender("invoices@wingspan.test", "Wingspan");
  private static final byte[] PDF = "%PDF-1.7 invoice INV-0042".getBytes(StandardCharsets.US_ASCII);

  static OutgoingMail mail(String to, String cc) {
    return new OutgoingMail(
        "evt-123.invoice@wingspan.test",
        List.of(to),
        cc == null ? List.of() : List.of(cc),
        "Invoice INV-0042 from Ada Designs",
        "plain text body",
        "<p>html body</p>",
        List.of(new OutgoingMail.Attachment("invoice-INV-0042.pdf", "application/pdf", PDF)));
  }

  private static SmtpTransport transportTo(int port) {
    return new SmtpTransport(
        SmtpRelay.parse("smtp://127.0.0.1:" + port + "?starttls=off", null),
        SENDER,
        Duration.ofSeconds(5),
        Clock.systemUTC());
  }

  @Test
  void aMessageArrivesWithItsRecipientsPartsAttachmentAndMessageId() throws Exception {
    Delivery delivery =
        transportTo(GREEN_MAIL.getSmtp().getPort())
            .deliver(mail("payer@acme.test", "books@acme.test"));

    assertThat(delivery).isInstanceOf(Delivery.Accepted.class);
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient
    MimeMessage message = received[0];
    assertThat(message.getMessageID()).isEqualTo("<evt-123.invoice@wingspan.test>");
    assertThat(message.getSubject()).isEqualTo("Invoice INV-0042 from Ada Designs");
    assertThat(message.getFrom()[0].toString()).isEqualTo("Wingspan <invoices@wingspan.test>");
    assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("payer@acme.test");
    assertThat(message.getRecipients(Message.RecipientType.CC)[0].toString())
        .isEqualTo("books@acme.test");
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    List<Part> leaves = new ArrayList<>();
    collect(message, leaves);
    assertThat(leaves)
        .extracting(p -> p.getContentType().split(";")[0].toLowerCase())
        .containsExactly("text/plain", "text/html", "application/pdf");
    assertThat(leaves.get(0).getContent()).isEqualTo("plain text body");
    assertThat(leaves.get(1).getContent()).isEqualTo("<p>html body</p>");
    assertThat(leaves.get(2).getFileName()).isEqualTo("invoice-INV-0042.pdf");
    try (InputStream in = leaves.get(2).getInputStream()) {
      assertThat(in.readAllBytes()).isEqualTo(PDF);
    }
  }

  @Test
  void aRelayThatIsDownIsWorthATryLater() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThat(transportTo(closedPort).deliver(mail("payer@acme.test", null)))
        .isInstanceOf(Delivery.TryLater.class);
  }

  @Test
  void anAddressThatCannotExistIsUndeliverableWithoutTryingTheRelay() {
    assertThat(transportTo(GREEN_MAIL.getSmtp().getPort()).deliver(mail("not an address", null)))
        .isInstanceOf(Delivery.Undeliverable.class);
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(550, "5.1.1 mailbox unavailable", Delivery.Undeliverable.class),
        Arguments.of(553, "5.1.3 mailbox name not allowed", Delivery.Undeliverable.class),
        Arguments.of(450, "4.2.1 mailbox busy", Delivery.TryLater.class),
        Arguments.of(451, "4.3.0 local error", Delivery.TryLater.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("refusals")
  void theRelaysAnswerDecidesBetweenUndeliverableAndTryLater(
      int code, String text, Class<? extends Delivery> expected) {
    SMTPServer relay =
        SMTPServer.port(0)
            .hostName("refusing.test")
            .messageHandlerFactory((MessageContext context) -> new Refusing(code, text))
            .build();
    relay.start();
    try {
      Delivery delivery =
          transportTo(relay.getPortAllocated()).deliver(mail("gone@acme.test", null));
      assertThat(delivery).isInstanceOf(expected);
      assertThat(delivery.toString()).contains(Integer.toString(code));
    } finally {
      relay.stop();
    }
  }

  @Test
  void whenOneOfSeveralRecipientsIsRefusedTheOthersStillGetIt() {
    SMTPServer relay =
        SMTPServer.port(0)
            .hostName("partly.test")
            .messageHandlerFactory(
                context ->
                    new Refusing(550, "5.1.1 no such user") {
                      @Override
                      public void recipient(String recipient) throws RejectException {
                        if (recipient.startsWith("gone")) {
                          super.recipient(recipient);
                        }
                      }
                    })
            .build();
    relay.start();
    try {
      Delivery delivery =
          transportTo(relay.getPortAllocated()).deliver(mail("payer@acme.test", "gone@acme.test"));
      assertThat(delivery).isInstanceOf(Delivery.Accepted.class);
      assertThat(((Delivery.Accepted) delivery).detail()).contains("refused for 1");
    } finally {
      relay.stop();
    }
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

  /** A relay that refuses every recipient with one answer. */
  private static class Refusing implements MessageHandler {
    private final int code;
    private final String text;

    Refusing(int code, String text) {
      this.code = code;
      this.text = text;
    }

    @Override
    public void from(String from) {}

    @Override
    public void recipient(String recipient) throws RejectException {
      throw new RejectException(code, text);
    }

    @Override
    public String data(InputStream data) throws IOException {
      data.readAllBytes();
      return null;
    }

    @Override
    public void done() {}
  }
}
