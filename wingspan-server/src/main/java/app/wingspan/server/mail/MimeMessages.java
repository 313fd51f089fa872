package app.wingspan.server.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/** Builds the MIME form of an {@link OutgoingMail}: the same bytes for SMTP and for the outbox. */
final class MimeMessages {
  private MimeMessages() {}

  /**
   * multipart/mixed of (multipart/alternative of text then HTML) and the attachments.
   *
   * @throws AddressException when an address cannot be one (refused for good)
   */
  static MimeMessage build(Session session, MailSender sender, OutgoingMail mail, Clock clock)
      throws MessagingException {
    MimeMessage message = new FixedIdMessage(session, mail.messageId());
    try {
      message.setFrom(
          new InternetAddress(sender.address(), sender.name(), StandardCharsets.UTF_8.name()));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
    message.setRecipients(Message.RecipientType.TO, addresses(mail.to()));
    if (!mail.cc().isEmpty()) {
      message.setRecipients(Message.RecipientType.CC, addresses(mail.cc()));
    }
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    // Transactional mail: auto-replies (out-of-office) should not answer it.
    message.setHeader("Auto-Submitted", "auto-generated");

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    alternative.addBodyPart(text);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(html);

    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    for (OutgoingMail.Attachment attachment : mail.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(
          new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
      part.setFileName(attachment.fileName());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  private static InternetAddress[] addresses(List<String> addresses) throws AddressException {
    InternetAddress[] parsed = new InternetAddress[addresses.size()];
    for (int i = 0; i < parsed.length; i++) {
      parsed[i] = new InternetAddress(addresses.get(i), true);
    }
    return parsed;
  }

  /** A message whose Message-ID is the one derived from its event, not a fresh random one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<" + messageId + ">");
    }
  }
}
