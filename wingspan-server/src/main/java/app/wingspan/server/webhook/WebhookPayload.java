package app.wingspan.server.webhook;

import app.wingspan.model.ClientInvoice;
import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of an invoice event's delivery: Wingspan's {@code {eventName, entityName, objectId,
 * data}} and, as our extension, {@code eventId} (the same as the {@code webhook-id} header: for
 * de-duplication), {@code timestamp} (when the event happened) and {@code objectVersion} (the
 * invoice's version after it, the number its ETag carries: deliveries are not ordered, so a
 * receiver drops an event older than what it holds). {@code data} is the invoice in the JSON a GET
 * of it answers, written by the same mapper.
 *
 * <pre>{@code
 * {"eventId":"evt_...","eventName":"Invoice.Paid","entityName":"Invoice","objectId":"inv_...",
 *  "timestamp":"2026-12-06T10:00:00Z","objectVersion":7,"data":{...the invoice...}}
 * }</pre>
 */
public final class WebhookPayload {

  private static final ObjectMapper JSON = ServerJson.mapper();

  private WebhookPayload() {}

  /**
   * The payload of one invoice event.
   *
   * @param eventId the event's id: also the delivery's {@code webhook-id}
   * @param eventName such as {@code Invoice.Paid}
   * @param occurredAt when the change was made (the server's clock)
   * @param objectVersion the invoice's version after the change
   * @param invoice the invoice as its recipient sees it after the change
   * @return the JSON bytes, sent and signed as they are
   */
  public static byte[] invoiceEvent(
      String eventId,
      String eventName,
      Instant occurredAt,
      long objectVersion,
      ClientInvoice invoice) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(invoice.invoiceId(), "invoice.invoiceId");
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("eventId", eventId);
      json.writeStringField("eventName", eventName);
      json.writeStringField("entityName", EventNames.INVOICE_ENTITY);
      json.writeStringField("objectId", invoice.invoiceId());
      json.writeStringField("timestamp", occurredAt.toString());
      json.writeNumberField("objectVersion", objectVersion);
      json.writeFieldName("data");
      json.writeObject(invoice);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a webhook payload", e);
    }
    return out.toByteArray();
  }

  /**
   * The payload of one invoice event around the invoice's JSON as it is: the bytes a GET of it
   * answers, written in unchanged.
   *
   * @param invoiceJson the invoice, one JSON object, UTF-8
   */
  public static byte[] invoiceEvent(
      String eventId,
      String eventName,
      Instant occurredAt,
      long objectVersion,
      String invoiceId,
      byte[] invoiceJson) {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(invoiceJson, "invoiceJson");
    ByteArrayOutputStream out = new ByteArrayOutputStream(invoiceJson.length + 256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("eventId", eventId);
      json.writeStringField("eventName", eventName);
      json.writeStringField("entityName", EventNames.INVOICE_ENTITY);
      json.writeStringField("objectId", invoiceId);
      json.writeStringField("timestamp", occurredAt.toString());
      json.writeNumberField("objectVersion", objectVersion);
      json.writeFieldName("data");
      json.writeRawValue(new String(invoiceJson, StandardCharsets.UTF_8));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a webhook payload", e);
    }
    return out.toByteArray();
  }
}
