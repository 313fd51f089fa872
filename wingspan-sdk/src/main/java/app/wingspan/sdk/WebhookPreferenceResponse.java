package app.wingspan.sdk;

import app.wingspan.model.WebhookPreference;
import java.util.Optional;

/**
 * The response of {@link WebhookPreferences#create}, {@link WebhookPreferences#get} and {@link
 * WebhookPreferences#update}: the preference, without its shared secret (the server never returns
 * it).
 */
public final class WebhookPreferenceResponse extends ResponseBase<WebhookPreference>
    implements WingspanResponse {

  WebhookPreferenceResponse(
      int statusCode, String contentType, RawParts rawResponse, WebhookPreference body) {
    super(statusCode, contentType, rawResponse, body);
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers {@code
   * statusCode} (201 for a create, else 200) with this preference as JSON.
   *
   * @param statusCode the 2xx status
   * @param preference the decoded body, or null for an empty body
   * @return the response
   */
  public static WebhookPreferenceResponse of(int statusCode, WebhookPreference preference) {
    return new WebhookPreferenceResponse(
        statusCode,
        Factories.contentType(preference),
        Factories.raw(preference, java.util.Map.of()),
        preference);
  }

  /**
   * The decoded body.
   *
   * @return the preference, or empty when the response had no body (or a JSON {@code null})
   */
  public Optional<WebhookPreference> webhookPreference() {
    return Optional.ofNullable(body());
  }

  /**
   * Status, content type and body size; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("webhookPreference=" + presence());
  }
}
