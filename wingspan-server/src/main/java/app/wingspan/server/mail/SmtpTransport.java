package app.wingspan.server.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends through an SMTP relay with Jakarta Mail (Eclipse Angus). One connection per message: mail
 * is a few messages per invoice, and a held connection would need its own keep-alive and recovery.
 */
public final class SmtpTransport implements MailTransport {
  private final SmtpRelay relay;
  private final MailSender sender;
  private final Session session;
  private final Clock clock;

  /** A transport to {@code relay}, with connect, read and write time-outs of {@code timeout}. */
  public SmtpTransport(SmtpRelay relay, MailSender sender, Duration timeout, Clock clock) {
    this.relay = relay;
    this.sender = sender;
    this.clock = clock;
    String protocol = relay.security() == SmtpRelay.Security.TLS ? "smtps" : "smtp";
    String prefix = "mail." + protocol + ".";
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", protocol);
    properties.setProperty(prefix + "host", relay.host());
    properties.setProperty(prefix + "port", Integer.toString(relay.port()));
    properties.setProperty(prefix + "auth", Boolean.toString(relay.username() != null));
    String millis = Long.toString(timeout.toMillis());
    properties.setProperty(prefix + "connectiontimeout", millis);
    properties.setProperty(prefix + "timeout", millis);
    properties.setProperty(prefix + "writetimeout", millis);
    // Deliver to the recipients the relay accepts, and report the others.
    properties.setProperty(prefix + "sendpartial", "true");
    if (relay.security() == SmtpRelay.Security.STARTTLS) {
      properties.setProperty(prefix + "starttls.enable", "true");
      properties.setProperty(prefix + "starttls.required", "true");
    }
    if (relay.security() != SmtpRelay.Security.NONE) {
      properties.setProperty(prefix + "ssl.checkserveridentity", "true");
    }
    this.session = Session.getInstance(properties);
  }

  @Override
  public Delivery deliver(OutgoingMail mail) {
    MimeMessage message;
    try {
      message = MimeMessages.build(session, sender, mail, clock);
    } catch (AddressException e) {
      return new Delivery.Undeliverable("not an email address: " + e.getRef());
    } catch (MessagingException e) {
      return new Delivery.Undeliverable("the message could not be built: " + e.getMessage());
    }
    try (Transport transport = session.getTransport()) {
      transport.connect(relay.username(), relay.password());
      transport.sendMessage(message, message.getAllRecipients());
      return new Delivery.Accepted("accepted by " + relay.host() + ":" + relay.port());
    } catch (SendFailedException e) {
      if (e.getValidSentAddresses() != null && e.getValidSentAddresses().length > 0) {
        return new Delivery.Accepted(
            "accepted by "
                + relay.host()
                + " for "
                + e.getValidSentAddresses().length
                + " recipient(s), refused for "
                + (e.getInvalidAddresses() == null ? 0 : e.getInvalidAddresses().length));
      }
      return classify(e);
    } catch (AuthenticationFailedException e) {
      // The relay's configuration, not the message: worth retrying once someone fixes it.
      return new Delivery.TryLater("the SMTP relay refused our credentials");
    } catch (MessagingException e) {
      return classify(e);
    }
  }

  /** 5xx refuses for good, anything else (4xx, no connection, time-out) is worth a retry. */
  private static Delivery classify(MessagingException failure) {
    for (Exception e = failure; e != null; ) {
      int code = replyCode(e);
      if (code >= 500) {
        return new Delivery.Undeliverable(oneLine(e.getMessage()));
      }
      if (code >= 400) {
        return new Delivery.TryLater(oneLine(e.getMessage()));
      }
      e = e instanceof MessagingException m ? m.getNextException() : null;
    }
    return new Delivery.TryLater(oneLine(String.valueOf(failure.getMessage())));
  }

  private static int replyCode(Exception e) {
    if (e instanceof SMTPAddressFailedException f) {
      return f.getReturnCode();
    }
    if (e instanceof SMTPSenderFailedException f) {
      return f.getReturnCode();
    }
    if (e instanceof SMTPSendFailedException f) {
      return f.getReturnCode();
    }
    return -1;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  @Override
  public String describe() {
    return "SMTP relay " + relay;
  }
}
