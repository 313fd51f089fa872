package app.wingspan.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code sent_mail} table (V17): the invoice messages whose fate is recorded, by Message-ID, so
 * the mail work sends each message once however often its instance runs.
 */
public final class SentMailStore {
  private final DataSource dataSource;

  SentMailStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One recorded message. */
  public record SentMail(String messageId, String invoiceId, String kind, String outcome) {}

  /** Whether the message {@code messageId} was accepted or refused for good already. */
  public boolean isRecorded(String messageId) {
    return Sql.onConnection(
        dataSource,
        "reading sent mail",
        c ->
            Sql.first(c, "select 1 from sent_mail where message_id = ?", rs -> true, messageId)
                .isPresent());
  }

  /**
   * Records the message's outcome in {@code tx}.
   *
   * @return false when it was recorded already (another run of the same work got there first)
   */
  public boolean record(
      Transaction tx,
      String messageId,
      String invoiceId,
      String kind,
      String outcome,
      Instant at,
      String detail) {
    try {
      return Sql.update(
              tx.connection(),
              "insert into sent_mail (message_id, invoice_id, kind, outcome, at, detail)"
                  + " values (?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing",
              messageId,
              invoiceId,
              kind,
              outcome,
              at,
              detail)
          == 1;
    } catch (SQLException e) {
      throw Sql.failure("recording sent mail", e);
    }
  }

  /** The recorded messages of an invoice, oldest first. */
  public List<SentMail> ofInvoice(String invoiceId) {
    return Sql.onConnection(
        dataSource,
        "reading sent mail",
        c ->
            Sql.list(
                c,
                "select message_id, invoice_id, kind, outcome from sent_mail where invoice_id = ?"
                    + " order by at, message_id",
                rs ->
                    new SentMail(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                invoiceId));
  }
}
