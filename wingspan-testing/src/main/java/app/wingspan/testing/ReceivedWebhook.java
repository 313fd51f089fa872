package app.wingspan.testing;

import app.wingspan.sdk.WebhookEvent;
import app.wingspan.sdk.WebhookHeaders;
import app.wingspan.sdk.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request a {@link WebhookReceiver} got, as it arrived: the raw body and headers, whether
 * it verified (by the SDK's {@link app.wingspan.sdk.Webhooks#constructEvent}, on the raw bytes),
 * the event it carried, and the status the receiver answered. Every retry and every duplicate is a
 * delivery of its own, so a test sees a redelivery with the same {@link #webhookId()}.
 *
 * <p>Hand {@link #body()} and {@link #webhookHeaders()} to your own webhook handler, with the
 * receiver's {@link WebhookReceiver#secret()}, to test it on a delivery the server really made.
 */
public final class ReceivedWebhook {
  private final long sequence;
  private final Instant receivedAt;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final int status;
  private final boolean faulted;
  private final WebhookEvent event;
  private final WebhookVerificationException rejection;

  ReceivedWebhook(
      long sequence,
      Instant receivedAt,
      Map<String, List<String>> headers,
      byte[] body,
      int status,
      boolean faulted,
      WebhookEvent event,
      WebhookVerificationException rejection) {
    this.sequence = sequence;
    this.receivedAt = receivedAt;
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
    this.status = status;
    this.faulted = faulted;
    this.event = event;
    this.rejection = rejection;
  }

  /** Arrival order within its receiver. */
  long sequence() {
    return sequence;
  }

  /**
   * When it arrived, by the test server's clock (the clock the server signs with).
   *
   * @return the arrival time
   */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The {@code webhook-id} header: the event id, the same on every retry of an event.
   *
   * @return the header's value, or null when the request had none
   */
  public String webhookId() {
    return webhookHeaders().id();
  }

  /**
   * The Standard Webhooks headers as received, to verify with.
   *
   * @return {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
   */
  public WebhookHeaders webhookHeaders() {
    return WebhookHeaders.from(headers);
  }

  /**
   * Every header of the request, names in lower case.
   *
   * @return the headers, each with its values in the order received
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The request body exactly as received (the bytes the signature covers).
   *
   * @return a copy of the body
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The request body decoded as UTF-8, for reading and failure messages.
   *
   * @return the body as text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The HTTP status the receiver answered: 200 for a delivery it accepted, 400 for one that did not
   * verify, the fault switch's status for one it failed on purpose. For a delivery held past the
   * server's timeout ({@link WebhookReceiver#hangNext}), the 200 it answered once the hold was
   * over, which the server may no longer have been waiting for.
   *
   * @return the status answered
   */
  public int status() {
    return status;
  }

  /**
   * Whether the signature and timestamp verified and the body is a webhook event.
   *
   * @return true when {@link #event()} is present
   */
  public boolean verified() {
    return event != null;
  }

  /**
   * Whether the receiver accepted it: verified and answered 2xx (after a hold, if the fault switch
   * held it). An accepted delivery's event is among {@link WebhookReceiver#events()}.
   *
   * @return true for a delivery the receiver took in
   */
  public boolean accepted() {
    return verified() && status >= 200 && status < 300;
  }

  /**
   * Whether the fault switch answered it (a failure status, or a hold).
   *
   * @return true when a fault of {@link WebhookReceiver#failNext} or {@link
   *     WebhookReceiver#hangNext} applied
   */
  public boolean faulted() {
    return faulted;
  }

  /**
   * The event the delivery carried, decoded by the SDK ({@link WebhookEvent#invoice()} for invoice
   * events).
   *
   * @return the event, or empty when the delivery did not verify
   */
  public Optional<WebhookEvent> event() {
    return Optional.ofNullable(event);
  }

  /**
   * Why the delivery did not verify: {@link WebhookVerificationException#reason()} and a message
   * (never the secret).
   *
   * @return the SDK's verification failure, or empty when it verified
   */
  public Optional<WebhookVerificationException> rejection() {
    return Optional.ofNullable(rejection);
  }

  /**
   * Describes the delivery: its event (or why it was rejected) and the status answered; never the
   * body or the signature.
   *
   * @return a description
   */
  @Override
  public String toString() {
    String what =
        event != null
            ? event.eventName()
                + " "
                + event.eventId()
                + event.objectId().map(" on "::concat).orElse("")
            : "rejected " + webhookId() + " (" + rejection.reason() + ")";
    return "ReceivedWebhook["
        + what
        + ", answered "
        + status
        + (faulted ? " by a fault" : "")
        + "]";
  }
}
