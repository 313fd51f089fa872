package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A verified webhook delivery, as {@link Webhooks#constructEvent} returns it: which event happened
 * ({@link #eventName()}, such as {@code Invoice.Paid}), to which object ({@link #entityName()},
 * {@link #objectId()}, {@link #objectVersion()}), when, and the object itself ({@link #invoice()}
 * for invoice events). Event names this SDK does not know are kept as they are, not rejected; the
 * payload as received is in {@link #json()}.
 *
 * <p>Deliveries are at least once and in no promised order: de-duplicate on {@link #eventId()}, and
 * drop an event whose {@link #objectVersion()} is lower than one you have already applied.
 */
public final class WebhookEvent {

  private final String eventId;
  private final String eventName;
  private final String entityName;
  private final String objectId;
  private final Instant timestamp;
  private final Long objectVersion;
  private final ClientInvoice invoice;
  private final String json;

  WebhookEvent(
      String eventId,
      String eventName,
      String entityName,
      String objectId,
      Instant timestamp,
      Long objectVersion,
      ClientInvoice invoice,
      String json) {
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.eventName = Objects.requireNonNull(eventName, "eventName");
    this.entityName = entityName;
    this.objectId = objectId;
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.objectVersion = objectVersion;
    this.invoice = invoice;
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * The event's id: the payload's {@code eventId}, else the {@code webhook-id} header. The same on
   * every retry of the event, so a receiver that has seen it can answer 2xx and do nothing.
   *
   * @return the event id
   */
  public String eventId() {
    return eventId;
  }

  /**
   * What happened, such as {@code Invoice.Sent} or {@code Invoice.Paid}; names this SDK does not
   * know are kept as sent.
   *
   * @return the event name
   */
  public String eventName() {
    return eventName;
  }

  /**
   * The kind of object the event is about, such as {@code Invoice}.
   *
   * @return the payload's {@code entityName}, or empty when it carries none
   */
  public Optional<String> entityName() {
    return Optional.ofNullable(entityName);
  }

  /**
   * The id of the object the event is about: for invoice events, the invoice id.
   *
   * @return the payload's {@code objectId}, or empty when it carries none
   */
  public Optional<String> objectId() {
    return Optional.ofNullable(objectId);
  }

  /**
   * When the event happened: the payload's {@code timestamp}, else the {@code webhook-timestamp}
   * header (when the delivery was signed).
   *
   * @return the event's time
   */
  public Instant timestamp() {
    return timestamp;
  }

  /**
   * The object's version after the event (for an invoice, the number its {@code ETag} carries).
   * Deliveries may arrive out of order: ignore an event older than the version you hold.
   *
   * @return the payload's {@code objectVersion}, or empty when it carries none
   */
  public OptionalLong objectVersion() {
    return objectVersion == null ? OptionalLong.empty() : OptionalLong.of(objectVersion);
  }

  /**
   * The invoice the event is about, decoded from the payload's {@code data} as a GET of it answers.
   *
   * @return the invoice, or empty when the event is not about an invoice or carries no data
   */
  public Optional<ClientInvoice> invoice() {
    return Optional.ofNullable(invoice);
  }

  /**
   * The payload exactly as received and verified, as text: read fields this type does not model
   * with {@code WingspanJson.reader().readTree(event.json())}.
   *
   * @return the payload decoded as UTF-8
   */
  public String json() {
    return json;
  }

  /** Names the event, never its payload. */
  @Override
  public String toString() {
    return "WebhookEvent["
        + eventName
        + " "
        + eventId
        + (objectId == null ? "" : " on " + Objects.toString(entityName, "object") + " " + objectId)
        + "]";
  }
}
