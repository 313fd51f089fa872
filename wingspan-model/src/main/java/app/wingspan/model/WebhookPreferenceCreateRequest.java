// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.util.List;

/**
 * A new webhook endpoint: where to deliver, the secret to sign with, and which events. All three
 * are required.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code sharedSecret}: it must never reach a log.
 *
 * <p>Wire schema: {@code WebhookPreferenceCreateRequest}.
 *
 * @param url an https URL; http only to loopback where the server allows it. At most 2048
 *     characters
 * @param sharedSecret the HMAC key: its UTF-8 bytes, or for whsec_ followed by base64 (Standard
 *     Webhooks' own format) the bytes that decodes to. Write-only: never returned
 * @param subscribedEvents names from GET /integrations/webhooks/eventnames
 */
public record WebhookPreferenceCreateRequest(
    String url, String sharedSecret, List<String> subscribedEvents) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public WebhookPreferenceCreateRequest {
    subscribedEvents = Copies.list(subscribedEvents);
  }

  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "WebhookPreferenceCreateRequest["
        + "url="
        + url
        + ", sharedSecret="
        + Copies.mask(sharedSecret)
        + ", subscribedEvents="
        + subscribedEvents
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
    return builder;
  }

  /** Builds a {@link WebhookPreferenceCreateRequest}; fields never set stay null. */
  public static final class Builder {
    private String url;
    private String sharedSecret;
    private List<String> subscribedEvents;

    private Builder() {}

    /**
     * Sets {@code url}.
     *
     * <p>An https URL; http only to loopback where the server allows it. At most 2048 characters.
     *
     * @param url the value, or null to leave it out
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets {@code sharedSecret}.
     *
     * <p>The HMAC key: its UTF-8 bytes, or for whsec_ followed by base64 (Standard Webhooks' own
     * format) the bytes that decodes to. Write-only: never returned.
     *
     * @param sharedSecret the value, or null to leave it out
     * @return this builder
     */
    public Builder sharedSecret(String sharedSecret) {
      this.sharedSecret = sharedSecret;
      return this;
    }

    /**
     * Sets {@code subscribedEvents}.
     *
     * <p>Names from GET /integrations/webhooks/eventnames.
     *
     * @param subscribedEvents the value, or null to leave it out
     * @return this builder
     */
    public Builder subscribedEvents(List<String> subscribedEvents) {
      this.subscribedEvents = subscribedEvents;
      return this;
    }

    /**
     * The value built so far.
     *
     * @return a new {@link WebhookPreferenceCreateRequest}
     */
    public WebhookPreferenceCreateRequest build() {
      return new WebhookPreferenceCreateRequest(url, sharedSecret, subscribedEvents);
    }
  }
}
