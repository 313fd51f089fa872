package app.wingspan.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code webhook_preferences} table: an account's webhook endpoints. Every read and write of a
 * preference names its account, so one account can never see or change another's (the routes answer
 * such an id 404, as one never made).
 */
public final class WebhookStore {
  private final DataSource dataSource;

  WebhookStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Inserts {@code row} in {@code tx} unless its account has {@code max} preferences already. The
   * account's row stays locked until {@code tx} ends, so concurrent creates cannot pass the limit
   * together.
   *
   * @return whether it was inserted
   */
  public boolean insertWithin(Transaction tx, WebhookRow row, int max) {
    try {
      Connection c = tx.connection();
      Sql.first(
          c, "select 1 from accounts where id = ? for no key update", rs -> 1, row.accountId());
      long count =
          Sql.first(
                  c,
                  "select count(*) from webhook_preferences where account_id = ?",
                  rs -> rs.getLong(1),
                  row.accountId())
              .orElse(0L);
      if (count >= max) {
        return false;
      }
      Sql.update(
          c,
          "insert into webhook_preferences ("
              + WebhookRow.COLUMNS
              + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.id(),
          row.accountId(),
          row.url(),
          row.sharedSecret(),
          row.previousSecret(),
          row.previousSecretExpiresAt(),
          events(c, row.subscribedEvents()),
          row.createdAt(),
          row.updatedAt(),
          row.disabledAt(),
          row.disabledReason());
      return true;
    } catch (SQLException e) {
      throw Sql.failure("inserting a webhook preference", e);
    }
  }

  /** The account's preferences, oldest first. */
  public List<WebhookRow> ofAccount(String accountId) {
    return Sql.onConnection(
        dataSource,
        "reading webhook preferences",
        c ->
            Sql.list(
                c,
                "select "
                    + WebhookRow.COLUMNS
                    + " from webhook_preferences where account_id = ? order by created_at, id",
                WebhookRow::read,
                accountId));
  }

  /** The preference {@code id} if it is {@code accountId}'s. */
  public Optional<WebhookRow> find(String accountId, String id) {
    return Sql.onConnection(
        dataSource,
        "reading a webhook preference",
        c ->
            Sql.first(
                c,
                "select "
                    + WebhookRow.COLUMNS
                    + " from webhook_preferences where id = ? and account_id = ?",
                WebhookRow::read,
                id,
                accountId));
  }

  /**
   * Writes {@code row}'s changeable fields over the stored row of the same id and account.
   *
   * @return whether the row was there to change
   */
  public boolean update(WebhookRow row) {
    int updated =
        Sql.onConnection(
            dataSource,
            "updating a webhook preference",
            c ->
                Sql.update(
                    c,
                    // Enabling a disabled endpoint restarts its failure clock (V19).
                    "update webhook_preferences set url = ?, shared_secret = ?,"
                        + " previous_secret = ?, previous_secret_expires_at = ?,"
                        + " subscribed_events = ?, updated_at = ?,"
                        + " failing_since = case when disabled_at is not null"
                        + " and ?::timestamptz is null then null else failing_since end,"
                        + " disabled_at = ?, disabled_reason = ? where id = ? and account_id = ?",
                    row.url(),
                    row.sharedSecret(),
                    row.previousSecret(),
                    row.previousSecretExpiresAt(),
                    events(c, row.subscribedEvents()),
                    row.updatedAt(),
                    row.disabledAt(),
                    row.disabledAt(),
                    row.disabledReason(),
                    row.id(),
                    row.accountId()));
    return updated == 1;
  }

  /**
   * Deletes the preference {@code id} if it is {@code accountId}'s.
   *
   * @return whether there was one
   */
  public boolean delete(String accountId, String id) {
    int deleted =
        Sql.onConnection(
            dataSource,
            "deleting a webhook preference",
            c ->
                Sql.update(
                    c,
                    "delete from webhook_preferences where id = ? and account_id = ?",
                    id,
                    accountId));
    return deleted == 1;
  }

  /**
   * The Active preferences of {@code accountIds} subscribed to {@code eventName}, in {@code tx}:
   * where an event's deliveries go (an invoice event concerns its client and its member), decided
   * in the transaction that records the event.
   */
  public List<WebhookRow> activeSubscribers(
      Transaction tx, Collection<String> accountIds, String eventName) {
    try {
      return Sql.list(
          tx.connection(),
          "select "
              + WebhookRow.COLUMNS
              + " from webhook_preferences where account_id = any (?) and ? = any"
              + " (subscribed_events) and disabled_at is null order by created_at, id",
          WebhookRow::read,
          tx.connection().createArrayOf("text", accountIds.toArray(String[]::new)),
          eventName);
    } catch (SQLException e) {
      throw Sql.failure("reading webhook subscribers", e);
    }
  }

  /**
   * Disables an Active preference: deliveries to it stop, and its answer says why.
   *
   * @return whether it was Active
   */
  public boolean disable(String id, Instant at, String reason) {
    int updated =
        Sql.onConnection(
            dataSource,
            "disabling a webhook preference",
            c ->
                Sql.update(
                    c,
                    "update webhook_preferences set disabled_at = ?, disabled_reason = ?,"
                        + " updated_at = ? where id = ? and disabled_at is null",
                    at,
                    reason,
                    at,
                    id));
    return updated == 1;
  }

  private static java.sql.Array events(Connection c, List<String> events) throws SQLException {
    return c.createArrayOf("text", events.toArray(String[]::new));
  }
}
