package app.wingspan.sdk;

/**
 * The response of {@link WebhookPreferences#delete}: {@code 204 No Content}, the preference is
 * gone.
 */
public final class DeleteWebhookPreferenceResponse extends ResponseBase<Void>
    implements WingspanResponse {

  DeleteWebhookPreferenceResponse(int statusCode, String contentType, RawParts rawResponse) {
    super(statusCode, contentType, rawResponse, null);
  }

  /**
   * For tests of code that uses the SDK: the response a call returns when the server answers 204.
   *
   * @return the response
   */
  public static DeleteWebhookPreferenceResponse of() {
    return new DeleteWebhookPreferenceResponse(204, "", Factories.raw(null, java.util.Map.of()));
  }

  /**
   * Status and content type.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return describe("no body");
  }
}
