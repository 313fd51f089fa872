// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A change to a webhook endpoint. A field that is absent or null is left as it is.
 *
 * <p>Each optional field is absent, explicit null, or a value: three different requests. A Java
 * null given for a {@code JsonNullable} means absent.
 *
 * <p>{@code toString()} masks {@code sharedSecret}: it must never reach a log.
 *
 * <p>Wire schema: {@code WebhookPreferenceUpdateRequest}.
 *
 * @param sharedSecret a new secret; the old one keeps signing alongside it for 24 hours. Write-only
 * @param status active enables an endpoint the server disabled
 */
public record WebhookPreferenceUpdateRequest(
    JsonNullable<String> url,
    JsonNullable<String> sharedSecret,
    JsonNullable<List<String>> subscribedEvents,
    JsonNullable<WebhookPreferenceStatus> status) {
  /**
   * A Java null field means absent, so a request built by hand never holds a null JsonNullable;
   * lists, maps and trees are copied so the value stays immutable (null items are kept, as on the
   * wire).
   */
  public WebhookPreferenceUpdateRequest {
    url = Copies.nullable(url);
    sharedSecret = Copies.nullable(sharedSecret);
    subscribedEvents = Copies.nullable(subscribedEvents, Copies::list);
    status = Copies.nullable(status);
  }

  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "WebhookPreferenceUpdateRequest["
        + "url="
        + url
        + ", sharedSecret="
        + Copies.mask(sharedSecret)
        + ", subscribedEvents="
        + subscribedEvents
        + ", status="
        + status
        + "]";
  }

  /**
   * A builder with every field unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.url = url;
    builder.sharedSecret = sharedSecret;
    builder.subscribedEvents = subscribedEvents;
    builder.status = status;
    return builder;
  }

  /** Builds a {@link WebhookPreferenceUpdateRequest}; fields never set stay absent. */
  public static final class Builder {
    private JsonNullable<String> url = JsonNullable.undefined();
    private JsonNullable<String> sharedSecret = JsonNullable.undefined();
    private JsonNullable<List<String>> subscribedEvents = JsonNullable.undefined();
    private JsonNullable<WebhookPreferenceStatus> status = JsonNullable.undefined();

    private Builder() {}

    /**
     * Sets {@code url}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * @param url the value, or null
     * @return this builder
     */
    public Builder url(String url) {
      this.url = JsonNullable.of(url);
      return this;
    }

    /**
     * Sets {@code sharedSecret}; {@code null} sends an explicit JSON null. Not calling this leaves
     * it absent.
     *
     * <p>A new secret; the old one keeps signing alongside it for 24 hours. Write-only.
     *
     * @param sharedSecret the value, or null
     * @return this builder
     */
    public Builder sharedSecret(String sharedSecret) {
      this.sharedSecret = JsonNullable.of(sharedSecret);
      return this;
    }

    /**
     * Sets {@code subscribedEvents}; {@code null} sends an explicit JSON null. Not calling this
     * leaves it absent.
     *
     * @param subscribedEvents the value, or null
     * @return this builder
     */
    public Builder subscribedEvents(List<String> subscribedEvents) {
      this.subscribedEvents = JsonNullable.of(subscribedEvents);
      return this;
    }

    /**
     * Sets {@code status}; {@code null} sends an explicit JSON null. Not calling this leaves it
     * absent.
     *
     * <p>Active enables an endpoint the server disabled.
     *
     * @param status the value, or null
     * @return this builder
     */
    public Builder status(WebhookPreferenceStatus status) {
      this.status = JsonNullable.of(status);
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link WebhookPreferenceUpdateRequest}
     */
    public WebhookPreferenceUpdateRequest build() {
      return new WebhookPreferenceUpdateRequest(url, sharedSecret, subscribedEvents, status);
    }
  }
}
