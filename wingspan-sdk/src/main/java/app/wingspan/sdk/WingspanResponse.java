package app.wingspan.sdk;

import java.util.Optional;

/**
 * What every successful response of the SDK carries besides its typed body: status, content type
 * the raw response and the server's request id.
 */
public sealed interface WingspanResponse
    permits GetClientInvoiceResponse,
        UpdateClientInvoiceResponse,
        ListClientInvoicesResponse,
        CreateClientInvoiceResponse,
        GetInvoiceFeesResponse,
        PayClientInvoiceResponse,
        WebhookPreferenceResponse,
        WebhookPreferencesResponse,
        WebhookEventNamesResponse,
        DeleteWebhookPreferenceResponse {

  /**
   * The HTTP status code, always 2xx (any other status raises an {@link ApiException}).
   *
   * @return the status code
   */
  int statusCode();

  /**
   * The response's {@code Content-Type} header as sent.
   *
   * @return the content type, or an empty string when the response had none (an empty body)
   */
  String contentType();

  /**
   * The response as received: headers and body bytes.
   *
   * @return the raw response
   */
  RawResponse rawResponse();

  /**
   * The id the server gave this request, from the {@code X-Request-Id} response header; quote it
   * when reporting a problem.
   *
   * @return the request id, or empty when the server sent none
   */
  default Optional<String> requestId() {
    return rawResponse().headers().firstValue("X-Request-Id").filter(id -> !id.isBlank());
  }
}
