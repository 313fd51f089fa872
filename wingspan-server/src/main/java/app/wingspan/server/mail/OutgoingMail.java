package app.wingspan.server.mail;

import java.util.List;

/**
 * One message, ready to leave: addresses, both parts, attachments, and the {@code Message-ID} it
 * keeps however often it is retried.
 *
 * @param messageId the {@code Message-ID} without angle brackets, derived from the event that
 *     caused the message, so a retried send is recognisable as the same message
 * @param to the recipients
 * @param cc the copied recipients
 * @param subject the subject, one line
 * @param text the plain-text part
 * @param html the HTML part
 * @param attachments files attached after both parts
 */
public record OutgoingMail(
    String messageId,
    List<String> to,
    List<String> cc,
    String subject,
    String text,
    String html,
    List<Attachment> attachments) {

  public OutgoingMail {
    if (messageId == null || !messageId.matches("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("not a Message-ID: " + messageId);
    }
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one recipient");
    }
    if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a subject is one line");
    }
    attachments = List.copyOf(attachments);
  }

  /**
   * A file attached to a message.
   *
   * @param fileName the name the recipient sees
   * @param mediaType its media type, e.g. {@code application/pdf}
   * @param content its bytes
   */
  public record Attachment(String fileName, String mediaType, byte[] content) {}
}
