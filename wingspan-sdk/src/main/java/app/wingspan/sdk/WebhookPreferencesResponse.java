package app.wingspan.sdk;

import app.wingspan.model.WebhookPreference;
import java.util.List;
import java.util.Objects;

/**
 * The response of {@link WebhookPreferences#list()}: every webhook preference of the caller's
 * account, oldest first, without their secrets.
 */
public final class WebhookPreferencesResponse extends ResponseBase<List<WebhookPreference>>
    implements WingspanResponse {

  WebhookPreferencesResponse(
      int statusCode, String contentType, RawParts rawResponse, List<WebhookPreference> body) {
    super(statusCode, contentType, rawResponse, List.copyOf(body));
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 200
   * with these preferences.
   *
   * @param preferences the preferences
   * @return the response
   */
  public static WebhookPreferencesResponse of(List<WebhookPreference> preferences) {
    Objects.requireNonNull(preferences, "preferences");
    return new WebhookPreferencesResponse(
        200, "application/json", Factories.raw(preferences, java.util.Map.of()), preferences);
  }

  /**
   * The preferences, oldest first. JSON {@code null} items are skipped.
   *
   * @return an unmodifiable list, empty when there are none (or the body is empty)
   */
  public List<WebhookPreference> webhookPreferences() {
    return body();
  }

  /**
   * Status, content type and how many preferences; never body text.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("webhookPreferences=" + body().size());
  }
}
