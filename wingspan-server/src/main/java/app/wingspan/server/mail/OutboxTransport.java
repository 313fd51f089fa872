package app.wingspan.server.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: each message becomes an {@code .eml} file (any mail program opens it) in
 * the data directory's {@code outbox/}, named by its Message-ID, so a retried send rewrites the
 * same file instead of adding a second one.
 */
public final class OutboxTransport implements MailTransport {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxTransport.class);

  private final Path outbox;
  private final MailSender sender;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());

  /** Writes into {@code outbox}, created if missing. */
  public OutboxTransport(Path outbox, MailSender sender, Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.clock = clock;
    try {
      Files.createDirectories(outbox);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the mail outbox " + outbox, e);
    }
  }

  @Override
  public Delivery deliver(OutgoingMail mail) {
    Path file = outbox.resolve(mail.messageId().replace('@', '_') + ".eml");
    try {
      Path partial = Files.createTempFile(outbox, ".writing-", ".eml");
      try (OutputStream out = Files.newOutputStream(partial)) {
        MimeMessages.build(session, sender, mail, clock).writeTo(out);
      } catch (IOException | MessagingException | RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AddressException e) {
      return new Delivery.Undeliverable("not an email address: " + e.getRef());
    } catch (MessagingException e) {
      return new Delivery.Undeliverable("the message could not be built: " + e.getMessage());
    } catch (IOException e) {
      return new Delivery.TryLater("cannot write " + file + ": " + e.getMessage());
    }
    LOG.info("mail '{}' written to {}", mail.subject(), file);
    return new Delivery.Accepted("written to " + file);
  }

  @Override
  public String describe() {
    return "files in " + outbox;
  }
}
