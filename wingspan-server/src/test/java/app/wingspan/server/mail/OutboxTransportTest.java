package app.wingspan.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTransportTest {
  @TempDir Path dataDir;

  @Test
  void eachMessageIsAnEmlFileNamedByItsMessageIdThatAMailProgramReads() throws Exception {
    OutboxTransport outbox =
        new OutboxTransport(
            dataDir.resolve("outbox"),
            new MailSender("invoices@wingspan.test", "Wingspan"),
            Clock.systemUTC());

    Delivery delivery = outbox.deliver(SmtpTransportTest.mail("payer@acme.test", "cc@acme.test"));

    Path file = dataDir.resolve("outbox").resolve("evt-123.invoice_wingspan.test.eml");
    assertThat(delivery).isEqualTo(new Delivery.Accepted("written to " + file));
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(read.getMessageID()).isEqualTo("<evt-123.invoice@wingspan.test>");
      assertThat(read.getSubject()).isEqualTo("Invoice INV-0042 from Ada Designs");
    }
  }

  @Test
  void aRetriedSendRewritesTheSameFileRatherThanAddingOne() throws Exception {
    OutboxTransport outbox =
        new OutboxTransport(
            dataDir.resolve("outbox"),
            new MailSender("invoices@wingspan.test", "Wingspan"),
            Clock.systemUTC());
    OutgoingMail mail = SmtpTransportTest.mail("payer@acme.test", null);
    outbox.deliver(mail);
    outbox.deliver(mail);
    try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isEqualTo(List.of("evt-123.invoice_wingspan.test.eml"));
    }
  }
}
