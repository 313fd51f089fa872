package app.wingspan.server.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A {@code webhook_preferences} row. {@link #toString()} masks both secrets: a row must never put
 * one in a log.
 *
 * @param previousSecret the secret before the last rotation, signing alongside the current one
 *     until {@code previousSecretExpiresAt}; null when none
 * @param disabledAt when the server disabled the endpoint; null while it is Active
 */
public record WebhookRow(
    String id,
    String accountId,
    String url,
    String sharedSecret,
    String previousSecret,
    Instant previousSecretExpiresAt,
    List<String> subscribedEvents,
    Instant createdAt,
    Instant updatedAt,
    Instant disabledAt,
    String disabledReason) {

  static final String COLUMNS =
      "id, account_id, url, shared_secret, previous_secret, previous_secret_expires_at,"
          + " subscribed_events, created_at, updated_at, disabled_at, disabled_reason";

  public WebhookRow {
    subscribedEvents = List.copyOf(subscribedEvents);
  }

  /**
   * The secrets to sign with at {@code now}: the current one, and the previous one in its window.
   */
  public List<String> signingSecrets(Instant now) {
    return previousSecret != null && now.isBefore(previousSecretExpiresAt)
        ? List.of(sharedSecret, previousSecret)
        : List.of(sharedSecret);
  }

  static WebhookRow read(ResultSet rs) throws SQLException {
    Array events = rs.getArray(7);
    return new WebhookRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        Sql.instant(rs, 6),
        List.of((String[]) events.getArray()),
        Sql.instant(rs, 8),
        Sql.instant(rs, 9),
        Sql.instant(rs, 10),
        rs.getString(11));
  }

  /** Masks the secrets. */
  @Override
  public String toString() {
    return "WebhookRow[id="
        + id
        + ", accountId="
        + accountId
        + ", url="
        + url
        + ", sharedSecret=***"
        + ", previousSecret="
        + (previousSecret == null ? "none" : "***")
        + ", previousSecretExpiresAt="
        + previousSecretExpiresAt
        + ", subscribedEvents="
        + subscribedEvents
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", disabledAt="
        + disabledAt
        + ", disabledReason="
        + disabledReason
        + "]";
  }
}
