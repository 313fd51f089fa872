package app.wingspan.testing;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The emails the test server sent: the invoice when it is sent, the reminders its clock brings due,
 * payment confirmations. The server writes each message as an {@code .eml} file (its embedded
 * default, the same bytes an SMTP relay would get); this reads them back, so a test can check that
 * the payer was emailed, reminded or thanked.
 *
 * <pre>{@code
 * ReceivedMail invoice = server.mail().await("payer@example.com", Duration.ofSeconds(10));
 * assertThat(invoice.subject()).contains("due");
 * }</pre>
 */
public final class TestMail {
  private static final Session SESSION = Session.getInstance(new Properties());

  private final Path outbox;

  TestMail(Path outbox) {
    this.outbox = outbox;
  }

  /**
   * One email as its recipients got it.
   *
   * @param messageId its {@code Message-ID}, without angle brackets: the same for a retried send
   * @param from the From header
   * @param to the To addresses
   * @param cc the CC addresses
   * @param subject the subject
   * @param text the plain-text part
   * @param html the HTML part
   * @param attachments the attached files
   */
  public record ReceivedMail(
      String messageId,
      String from,
      List<String> to,
      List<String> cc,
      String subject,
      String text,
      String html,
      List<Attachment> attachments) {

    /**
     * Whether {@code address} is among its To or CC addresses (case-insensitive).
     *
     * @param address an email address
     * @return true when it was sent to that address
     */
    public boolean isFor(String address) {
      String wanted = address.toLowerCase(Locale.ROOT);
      return Stream.concat(to.stream(), cc.stream())
          .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }
  }

  /**
   * A file attached to an email.
   *
   * @param fileName its name
   * @param contentType its media type, e.g. {@code application/pdf}
   * @param content its bytes
   */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  /**
   * Every email sent since the server started or was last reset, oldest first.
   *
   * @return the emails
   */
  public List<ReceivedMail> all() {
    List<Path> files;
    try (Stream<Path> listed = Files.list(outbox)) {
      files =
          listed
              .filter(p -> p.getFileName().toString().endsWith(".eml"))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(TestMail::modified).thenComparing(Path::toString))
              .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the test server's outbox " + outbox, e);
    }
    List<ReceivedMail> read = new ArrayList<>(files.size());
    for (Path file : files) {
      read(file).ifPresent(read::add);
    }
    return List.copyOf(read);
  }

  /**
   * The emails sent to {@code address} (To or CC), oldest first.
   *
   * @param address an email address
   * @return its emails
   */
  public List<ReceivedMail> to(String address) {
    return all().stream().filter(mail -> mail.isFor(address)).toList();
  }

  /**
   * Waits for the first email to {@code address}.
   *
   * @param address an email address
   * @param timeout how long to wait at most
   * @return the first email to it
   * @throws AssertionError when none arrives within {@code timeout}, listing what was sent
   */
  public ReceivedMail await(String address, Duration timeout) {
    return await(mail -> mail.isFor(address), "an email to " + address, timeout);
  }

  /**
   * Waits for the first email that {@code matches}.
   *
   * @param matches what the awaited email satisfies
   * @param description what is awaited, for the failure message
   * @param timeout how long to wait at most
   * @return the first email that matches
   * @throws AssertionError when none arrives within {@code timeout}, listing what was sent
   */
  public ReceivedMail await(Predicate<ReceivedMail> matches, String description, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<ReceivedMail> found = all().stream().filter(matches).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no "
                + description
                + " within "
                + timeout
                + "; sent: "
                + all().stream().map(m -> m.to() + " '" + m.subject() + "'").toList());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + description, e);
      }
    }
  }

  /** Forgets every email sent so far (the server's reset does this between tests). */
  public void clear() {
    try (Stream<Path> listed = Files.list(outbox)) {
      for (Path file : listed.toList()) {
        Files.deleteIfExists(file);
      }
    } catch (NoSuchFileException e) {
      // nothing sent yet
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the test server's outbox " + outbox, e);
    }
  }

  private static Optional<ReceivedMail> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(SESSION, in);
      List<Part> leaves = new ArrayList<>();
      collect(message, leaves);
      String text = null;
      String html = null;
      List<Attachment> attachments = new ArrayList<>();
      for (Part part : leaves) {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          try (InputStream content = part.getInputStream()) {
            attachments.add(
                new Attachment(
                    part.getFileName(),
                    part.getContentType().split(";")[0].trim(),
                    content.readAllBytes()));
          }
        } else if (part.isMimeType("text/plain")) {
          text = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
          html = (String) part.getContent();
        }
      }
      String id = message.getMessageID();
      return Optional.of(
          new ReceivedMail(
              id == null ? null : id.replaceAll("^<|>$", ""),
              message.getFrom() == null ? null : message.getFrom()[0].toString(),
              addresses(message, Message.RecipientType.TO),
              addresses(message, Message.RecipientType.CC),
              message.getSubject(),
              text,
              html,
              List.copyOf(attachments)));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // cleared while reading
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (MessagingException e) {
      throw new IllegalStateException("not a readable email: " + file, e);
    }
  }

  private static void collect(Part part, List<Part> leaves) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), leaves);
      }
    } else {
      leaves.add(part);
    }
  }

  private static List<String> addresses(Message message, Message.RecipientType type)
      throws MessagingException {
    Address[] addresses = message.getRecipients(type);
    return addresses == null ? List.of() : Stream.of(addresses).map(Address::toString).toList();
  }

  private static java.nio.file.attribute.FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return java.nio.file.attribute.FileTime.fromMillis(0);
    }
  }
}
