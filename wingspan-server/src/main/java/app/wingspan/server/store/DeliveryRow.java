package app.wingspan.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@code webhook_deliveries} row: one invoice event for one endpoint, its frozen body, and what
 * its attempts came to. Holds no secret (the endpoint's secret is read from its preference at each
 * attempt); {@link #toString()} leaves out the body.
 *
 * @param id the event's id, a dot, the preference's id: also the durable work instance's id
 * @param eventId sent as {@code webhook-id} and as the payload's {@code eventId}
 * @param payload the exact bytes every attempt sends
 * @param state {@code pending}, {@code delivered} or {@code failed}
 * @param attempts attempts since it was scheduled or last replayed
 * @param replays how often it was replayed
 * @param lastStatusCode the receiver's HTTP status at the last attempt, or null when none answered
 * @param lastError what the last attempt came to when it did not deliver, else null
 * @param nextAttemptAt when the next attempt is due, while pending
 */
public record DeliveryRow(
    String id,
    String preferenceId,
    String accountId,
    String eventId,
    String eventName,
    String invoiceId,
    long objectVersion,
    byte[] payload,
    String state,
    int attempts,
    int replays,
    Instant firstAttemptAt,
    Instant lastAttemptAt,
    Integer lastStatusCode,
    String lastError,
    Instant nextAttemptAt,
    Instant deliveredAt,
    Instant failedAt,
    Instant createdAt) {

  /** An attempt is due at {@code nextAttemptAt}. */
  public static final String PENDING = "pending";

  /** A receiver answered 2xx. */
  public static final String DELIVERED = "delivered";

  /** Given up: retries ran out, the endpoint is gone, disabled or refused by the rules. */
  public static final String FAILED = "failed";

  static final String COLUMNS =
      "id, preference_id, account_id, event_id, event_name, invoice_id, object_version, payload,"
          + " state, attempts, replays, first_attempt_at, last_attempt_at, last_status_code,"
          + " last_error, next_attempt_at, delivered_at, failed_at, created_at";

  public DeliveryRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(payload, "payload");
  }

  /** A new delivery, due at {@code at}. */
  public static DeliveryRow scheduled(
      String eventId,
      String preferenceId,
      String accountId,
      String eventName,
      String invoiceId,
      long objectVersion,
      byte[] payload,
      Instant at) {
    return new DeliveryRow(
        idOf(eventId, preferenceId),
        preferenceId,
        accountId,
        eventId,
        eventName,
        invoiceId,
        objectVersion,
        payload,
        PENDING,
        0,
        0,
        null,
        null,
        null,
        null,
        at,
        null,
        null,
        at);
  }

  /** The delivery id of an event for an endpoint: one per pair, whoever schedules it. */
  public static String idOf(String eventId, String preferenceId) {
    return eventId + "." + preferenceId;
  }

  static DeliveryRow read(ResultSet rs) throws SQLException {
    return new DeliveryRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getBytes(8),
        rs.getString(9),
        rs.getInt(10),
        rs.getInt(11),
        Sql.instant(rs, 12),
        Sql.instant(rs, 13),
        rs.getObject(14, Integer.class),
        rs.getString(15),
        Sql.instant(rs, 16),
        Sql.instant(rs, 17),
        Sql.instant(rs, 18),
        Sql.instant(rs, 19));
  }

  /** Everything but the body, which may be long. */
  @Override
  public String toString() {
    return "DeliveryRow[id="
        + id
        + ", eventName="
        + eventName
        + ", invoiceId="
        + invoiceId
        + ", state="
        + state
        + ", attempts="
        + attempts
        + ", lastStatusCode="
        + lastStatusCode
        + ", lastError="
        + lastError
        + ", nextAttemptAt="
        + nextAttemptAt
        + "]";
  }
}
