package app.wingspan.server.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code webhook_deliveries} table (V19), and the failure clock of an endpoint ({@code
 * webhook_preferences.failing_since}): what the delivery work records of each attempt, and what the
 * admin command lists and replays.
 */
public final class DeliveryStore {
  private final DataSource dataSource;

  DeliveryStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Inserts a new delivery in {@code tx} unless one with its id exists.
   *
   * @return whether it was inserted
   */
  public boolean insert(Transaction tx, DeliveryRow row) {
    try {
      return Sql.update(
              tx.connection(),
              "insert into webhook_deliveries (id, preference_id, account_id, event_id, event_name,"
                  + " invoice_id, object_version, payload, state, next_attempt_at, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing",
              row.id(),
              row.preferenceId(),
              row.accountId(),
              row.eventId(),
              row.eventName(),
              row.invoiceId(),
              row.objectVersion(),
              row.payload(),
              row.state(),
              row.nextAttemptAt(),
              row.createdAt())
          == 1;
    } catch (SQLException e) {
      throw Sql.failure("inserting a webhook delivery", e);
    }
  }

  /** The delivery {@code id}. */
  public Optional<DeliveryRow> find(String id) {
    return Sql.onConnection(
        dataSource,
        "reading a webhook delivery",
        c ->
            Sql.first(
                c,
                "select " + DeliveryRow.COLUMNS + " from webhook_deliveries where id = ?",
                DeliveryRow::read,
                id));
  }

  /** The delivery {@code id}, locked until {@code tx} ends, if it is still pending. */
  public Optional<DeliveryRow> lockPending(Transaction tx, String id) {
    try {
      return Sql.first(
          tx.connection(),
          "select "
              + DeliveryRow.COLUMNS
              + " from webhook_deliveries where id = ? and state = 'pending' for update",
          DeliveryRow::read,
          id);
    } catch (SQLException e) {
      throw Sql.failure("locking a webhook delivery", e);
    }
  }

  /**
   * Records an attempt's end on a delivery locked by {@link #lockPending}.
   *
   * @param state the delivery's state after it
   * @param statusCode the receiver's status, or null when none answered
   * @param error what it came to when it did not deliver, else null
   * @param next the next attempt's time while still pending, else null
   */
  public void recordAttempt(
      Transaction tx,
      String id,
      Instant at,
      String state,
      Integer statusCode,
      String error,
      Instant next) {
    try {
      Sql.update(
          tx.connection(),
          "update webhook_deliveries set attempts = attempts + 1,"
              + " first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?,"
              + " state = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?,"
              + " delivered_at = case when ? = 'delivered' then ?::timestamptz end,"
              + " failed_at = case when ? = 'failed' then ?::timestamptz end where id = ?",
          at,
          at,
          state,
          statusCode,
          error,
          next,
          state,
          at,
          state,
          at,
          id);
    } catch (SQLException e) {
      throw Sql.failure("recording a webhook delivery attempt", e);
    }
  }

  /**
   * Ends a pending delivery without an attempt (its endpoint was deleted or disabled).
   *
   * @return whether it was pending
   */
  public boolean failWithoutAttempt(Transaction tx, String id, Instant at, String reason) {
    try {
      return Sql.update(
              tx.connection(),
              "update webhook_deliveries set state = 'failed', failed_at = ?, last_error = ?,"
                  + " next_attempt_at = null where id = ? and state = 'pending'",
              at,
              reason,
              id)
          == 1;
    } catch (SQLException e) {
      throw Sql.failure("failing a webhook delivery", e);
    }
  }

  /**
   * Makes a delivered or failed delivery pending again, due at {@code at}, with a fresh retry
   * window: the same body and webhook-id are sent again.
   *
   * @return whether it was delivered or failed (a pending one is left as it is)
   */
  public boolean replay(Transaction tx, String id, Instant at) {
    try {
      return Sql.update(
              tx.connection(),
              "update webhook_deliveries set state = 'pending', attempts = 0,"
                  + " replays = replays + 1, first_attempt_at = null, next_attempt_at = ?,"
                  + " delivered_at = null, failed_at = null where id = ? and state <> 'pending'",
              at,
              id)
          == 1;
    } catch (SQLException e) {
      throw Sql.failure("replaying a webhook delivery", e);
    }
  }

  /**
   * Deletes the deliveries that were delivered or failed before {@code before}.
   *
   * @return how many
   */
  public int purgeFinishedBefore(Instant before) {
    return Sql.onConnection(
        dataSource,
        "purging finished webhook deliveries",
        c ->
            Sql.update(
                c,
                "delete from webhook_deliveries where state <> 'pending'"
                    + " and coalesce(delivered_at, failed_at) < ?",
                before));
  }

  /** Which deliveries to list; a null field does not filter. */
  public record Filter(String accountId, String preferenceId, String invoiceId, String state) {}

  /** Up to {@code limit} deliveries matching {@code filter}, newest first. */
  public List<DeliveryRow> list(Filter filter, int limit) {
    StringBuilder sql =
        new StringBuilder("select " + DeliveryRow.COLUMNS + " from webhook_deliveries where true");
    List<Object> params = new ArrayList<>();
    where(sql, params, "account_id", filter.accountId());
    where(sql, params, "preference_id", filter.preferenceId());
    where(sql, params, "invoice_id", filter.invoiceId());
    where(sql, params, "state", filter.state());
    sql.append(" order by created_at desc, id limit ?");
    params.add(limit);
    return Sql.onConnection(
        dataSource,
        "listing webhook deliveries",
        c -> Sql.list(c, sql.toString(), DeliveryRow::read, params.toArray()));
  }

  /**
   * Starts the endpoint's failure clock at {@code at} unless it runs already.
   *
   * @return since when the endpoint has been failing; empty when the preference is gone
   */
  public Optional<Instant> failing(Transaction tx, String preferenceId, Instant at) {
    try {
      return Sql.first(
          tx.connection(),
          "update webhook_preferences set failing_since = coalesce(failing_since, ?)"
              + " where id = ? returning failing_since",
          rs -> Sql.instant(rs, 1),
          at,
          preferenceId);
    } catch (SQLException e) {
      throw Sql.failure("recording a failing webhook endpoint", e);
    }
  }

  /** Stops the endpoint's failure clock: a delivery succeeded. */
  public void succeeded(Transaction tx, String preferenceId) {
    try {
      Sql.update(
          tx.connection(),
          "update webhook_preferences set failing_since = null"
              + " where id = ? and failing_since is not null",
          preferenceId);
    } catch (SQLException e) {
      throw Sql.failure("recording a working webhook endpoint", e);
    }
  }

  /**
   * Disables an Active endpoint in {@code tx}: no delivery is scheduled for it and pending ones
   * fail, until its account enables it again.
   *
   * @return whether it was Active
   */
  public boolean disableEndpoint(Transaction tx, String preferenceId, Instant at, String reason) {
    try {
      return Sql.update(
              tx.connection(),
              "update webhook_preferences set disabled_at = ?, disabled_reason = ?, updated_at = ?"
                  + " where id = ? and disabled_at is null",
              at,
              reason,
              at,
              preferenceId)
          == 1;
    } catch (SQLException e) {
      throw Sql.failure("disabling a webhook endpoint", e);
    }
  }

  /** Since when the endpoint has been failing with no delivery succeeding, if it has. */
  public Optional<Instant> failingSince(String preferenceId) {
    return Sql.onConnection(
        dataSource,
        "reading a webhook endpoint's failures",
        c ->
            Sql.first(
                    c,
                    "select failing_since from webhook_preferences where id = ?",
                    rs -> Optional.ofNullable(Sql.instant(rs, 1)),
                    preferenceId)
                .flatMap(since -> since));
  }

  private static void where(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" and ").append(column).append(" = ?");
      params.add(value);
    }
  }
}
