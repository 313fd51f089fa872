package app.wingspan.server.mail;

/**
 * Where messages leave: an SMTP relay ({@link SmtpTransport}) or, on the embedded default, files in
 * the data directory ({@link OutboxTransport}). Implementations are thread-safe.
 */
public interface MailTransport {

  /**
   * Hands {@code mail} over once; never throws for a delivery problem, which it reports instead.
   */
  Delivery deliver(OutgoingMail mail);

  /** Where messages go, for the start-up log; never a password. */
  String describe();
}
