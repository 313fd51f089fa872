package app.wingspan.server;

import app.wingspan.server.mail.MailSender;
import app.wingspan.server.mail.SmtpRelay;
import java.nio.file.Path;

/**
 * Where the invoice messages go (docs/mail.md): an SMTP relay ({@code --smtp-url}, password from
 * {@code WINGSPAN_SMTP_PASSWORD}), else {@code .eml} files in {@code --mail-outbox}, else, with the
 * embedded database, in the data directory's {@code outbox/}; with an external database and
 * neither, mail is off (a start-up warning says so).
 *
 * @param smtpUrl e.g. {@code smtp://user@relay.example.com:587}, or null
 * @param smtpPassword the relay's password, or null; never printed
 * @param from the From address, whose domain is every Message-ID's right-hand side
 * @param fromName the From display name
 * @param outbox a directory for {@code .eml} files instead of a relay, or null
 */
public record MailConfig(
    String smtpUrl, String smtpPassword, String from, String fromName, Path outbox) {
  /** The From address when none is configured. */
  public static final String DEFAULT_FROM = "invoices@wingspan.invalid";

  /** The From name when none is configured. */
  public static final String DEFAULT_FROM_NAME = "Wingspan Invoices";

  public MailConfig {
    if (smtpUrl != null && smtpUrl.isBlank()) {
      smtpUrl = null;
    }
    if (smtpUrl != null) {
      SmtpRelay.parse(smtpUrl, smtpPassword); // a bad URL stops start-up with what is wrong
    }
    new MailSender(from, fromName); // likewise a bad From
  }

  /** No relay, no outbox directory: the embedded default (data directory's outbox/) or off. */
  public static MailConfig defaults() {
    return new MailConfig(null, null, DEFAULT_FROM, DEFAULT_FROM_NAME, null);
  }

  /** The sender of every message. */
  public MailSender sender() {
    return new MailSender(from, fromName);
  }

  /** The Message-IDs' right-hand side: the From address's domain. */
  public String messageIdHost() {
    return from.substring(from.indexOf('@') + 1);
  }

  /** Without the password. */
  @Override
  public String toString() {
    return "MailConfig[smtpUrl="
        + (smtpUrl == null ? "none" : SmtpRelay.parse(smtpUrl, smtpPassword))
        + ", from="
        + from
        + ", fromName="
        + fromName
        + ", outbox="
        + outbox
        + "]";
  }
}
