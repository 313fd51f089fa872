package app.wingspan.sdk;

import app.wingspan.model.WebhookEventName;
import java.util.List;
import java.util.Objects;

/**
 * The response of {@link WebhookPreferences#eventNames()}: the events a preference can subscribe
 * to, each with what it means.
 */
public final class WebhookEventNamesResponse extends ResponseBase<List<WebhookEventName>>
    implements WingspanResponse {

  WebhookEventNamesResponse(
      int statusCode, String contentType, RawParts rawResponse, List<WebhookEventName> body) {
    super(statusCode, contentType, rawResponse, List.copyOf(body));
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with these event names.
   *
   * @param eventNames the event names
   * @return the response
   */
  public static WebhookEventNamesResponse of(List<WebhookEventName> eventNames) {
    Objects.requireNonNull(eventNames, "eventNames");
    return new WebhookEventNamesResponse(
        200, "application/json", Factories.raw(eventNames, java.util.Map.of()), eventNames);
  }

  /**
   * The event names, in the server's order. JSON {@code null} items are skipped.
   *
   * @return an unmodifiable list
   */
  public List<WebhookEventName> eventNames() {
    return body();
  }

  /**
   * Status, content type and how many names; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("eventNames=" + body().size());
  }
}
