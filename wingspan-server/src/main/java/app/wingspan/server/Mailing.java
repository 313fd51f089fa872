package app.wingspan.server;

import app.wingspan.server.mail.MailTransport;
import app.wingspan.server.mail.OutboxTransport;
import app.wingspan.server.mail.SmtpRelay;
import app.wingspan.server.mail.SmtpTransport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which transport the invoice messages leave by, as {@link MailConfig} says (docs/mail.md). */
final class Mailing {
  /** Connect, read and write time-out of one SMTP conversation. */
  static final Duration SMTP_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(Mailing.class);

  private Mailing() {}

  /** The transport, or empty when mail is off (external database, no relay, no outbox). */
  static Optional<MailTransport> transport(ServerConfig config, Clock clock) {
    MailConfig mail = config.mail();
    MailTransport transport;
    if (mail.smtpUrl() != null) {
      SmtpRelay relay = SmtpRelay.parse(mail.smtpUrl(), mail.smtpPassword());
      transport = new SmtpTransport(relay, mail.sender(), SMTP_TIMEOUT, clock);
    } else if (mail.outbox() != null) {
      transport = new OutboxTransport(mail.outbox(), mail.sender(), clock);
    } else if (config.embedded()) {
      Path outbox = config.dataDir().resolve("outbox");
      transport = new OutboxTransport(outbox, mail.sender(), clock);
    } else {
      LOG.warn(
          "mail is off: invoice events send no email. Set --smtp-url (WINGSPAN_SMTP_URL) to send"
              + " through a relay, or --mail-outbox to write .eml files (docs/mail.md)");
      return Optional.empty();
    }
    LOG.info("invoice emails go to {}, from {}", transport.describe(), mail.from());
    return Optional.of(transport);
  }
}
