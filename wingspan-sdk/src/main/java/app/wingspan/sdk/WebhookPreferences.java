package app.wingspan.sdk;

import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The caller's webhook endpoints ({@code /integrations/webhooks/preference}) and the events they
 * can subscribe to ({@code /integrations/webhooks/eventnames}). Obtained from {@link
 * Wingspan#webhooks()}; thread-safe. To verify the deliveries themselves, see {@link Webhooks}.
 *
 * <p>A preference is {@code {url, sharedSecret, subscribedEvents}}. The shared secret is
 * write-only: it is sent on {@link #create} and {@link #update} and never returned. An account sees
 * and changes only its own preferences; another account's id answers {@link NotFoundException}.
 *
 * <pre>{@code
 * WebhookPreference endpoint = sdk.webhooks().create(
 *         WebhookPreferenceCreateRequest.builder()
 *             .url("https://example.com/wingspan/webhooks")
 *             .sharedSecret(secret)
 *             .subscribedEvents(List.of("Invoice.Paid", "Invoice.PaymentFailed"))
 *             .build())
 *     .webhookPreference().orElseThrow();
 * }</pre>
 *
 * <p>As with {@link ClientInvoices}, every operation has an overload taking {@link RequestOptions}
 * and an {@code ...Async} twin; the overloads without options and the async twins are default
 * methods, so a test double implements the six synchronous operations with options. A create is not
 * retried by the SDK after a network failure (the server keeps no idempotency record for it): list
 * the preferences to see whether it was made.
 */
public interface WebhookPreferences {

  /**
   * Lists the caller's preferences, oldest first: {@code GET /integrations/webhooks/preference}.
   *
   * @return the response, with the preferences in {@link
   *     WebhookPreferencesResponse#webhookPreferences()}
   * @throws WingspanException for any failure
   */
  default WebhookPreferencesResponse list() {
    return list(RequestOptions.defaults());
  }

  /**
   * Lists the caller's preferences, with per-call options.
   *
   * @param options the call's options
   * @return the response
   * @see #list()
   */
  WebhookPreferencesResponse list(RequestOptions options);

  /**
   * Adds an endpoint: {@code POST /integrations/webhooks/preference}.
   *
   * @param request the URL (https; http only to loopback where the server allows it), the shared
   *     secret (16 to 512 characters) and the event names
   * @return the response (201), with the preference in {@link
   *     WebhookPreferenceResponse#webhookPreference()}
   * @throws ApiException 422 naming the field at fault ({@code WEBHOOK_URL_REFUSED} for a URL the
   *     server will not deliver to), 400 for a request it cannot read
   * @throws WingspanException for any other failure
   */
  default WebhookPreferenceResponse create(WebhookPreferenceCreateRequest request) {
    return create(request, RequestOptions.defaults());
  }

  /**
   * Adds an endpoint, with per-call options.
   *
   * @param request the new preference
   * @param options the call's options
   * @return the response
   * @see #create(WebhookPreferenceCreateRequest)
   */
  WebhookPreferenceResponse create(WebhookPreferenceCreateRequest request, RequestOptions options);

  /**
   * Fetches one preference: {@code GET /integrations/webhooks/preference/{id}}.
   *
   * @param id the preference's {@code webhookPreferenceId}
   * @return the response
   * @throws NotFoundException if the caller has no such preference
   * @throws WingspanException for any other failure
   * @throws IllegalArgumentException if {@code id} is empty, {@code .} or {@code ..}
   */
  default WebhookPreferenceResponse get(String id) {
    return get(id, RequestOptions.defaults());
  }

  /**
   * Fetches one preference, with per-call options.
   *
   * @param id the preference's id
   * @param options the call's options
   * @return the response
   * @see #get(String)
   */
  WebhookPreferenceResponse get(String id, RequestOptions options);

  /**
   * Changes the fields present: {@code PATCH /integrations/webhooks/preference/{id}}. A new {@code
   * sharedSecret} rotates the secret: for 24 hours deliveries carry a signature under each, so the
   * receiver can switch at any moment. {@code status} Active enables an endpoint the server
   * disabled.
   *
   * @param id the preference's id
   * @param request the change
   * @return the response, with the preference after the change
   * @throws NotFoundException if the caller has no such preference
   * @throws ApiException 422 naming the field at fault
   * @throws WingspanException for any other failure
   */
  default WebhookPreferenceResponse update(String id, WebhookPreferenceUpdateRequest request) {
    return update(id, request, RequestOptions.defaults());
  }

  /**
   * Changes the fields present, with per-call options.
   *
   * @param id the preference's id
   * @param request the change
   * @param options the call's options
   * @return the response
   * @see #update(String, WebhookPreferenceUpdateRequest)
   */
  WebhookPreferenceResponse update(
      String id, WebhookPreferenceUpdateRequest request, RequestOptions options);

  /**
   * Removes an endpoint: {@code DELETE /integrations/webhooks/preference/{id}}.
   *
   * @param id the preference's id
   * @return the response (204)
   * @throws NotFoundException if the caller has no such preference (or it is already gone)
   * @throws WingspanException for any other failure
   */
  default DeleteWebhookPreferenceResponse delete(String id) {
    return delete(id, RequestOptions.defaults());
  }

  /**
   * Removes an endpoint, with per-call options.
   *
   * @param id the preference's id
   * @param options the call's options
   * @return the response
   * @see #delete(String)
   */
  DeleteWebhookPreferenceResponse delete(String id, RequestOptions options);

  /**
   * The events a preference can subscribe to: {@code GET /integrations/webhooks/eventnames}.
   *
   * @return the response, with the names in {@link WebhookEventNamesResponse#eventNames()}
   * @throws WingspanException for any failure
   */
  default WebhookEventNamesResponse eventNames() {
    return eventNames(RequestOptions.defaults());
  }

  /**
   * The events a preference can subscribe to, with per-call options.
   *
   * @param options the call's options
   * @return the response
   * @see #eventNames()
   */
  WebhookEventNamesResponse eventNames(RequestOptions options);

  /**
   * Async twin of {@link #list(RequestOptions)}.
   *
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<WebhookPreferencesResponse> listAsync(RequestOptions options) {
    return Completed.of(() -> list(options));
  }

  /**
   * Async twin of {@link #create(WebhookPreferenceCreateRequest, RequestOptions)}.
   *
   * @param request the new preference
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<WebhookPreferenceResponse> createAsync(
      WebhookPreferenceCreateRequest request, RequestOptions options) {
    return Completed.of(() -> create(request, options));
  }

  /**
   * Async twin of {@link #get(String, RequestOptions)}.
   *
   * @param id the preference's id
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<WebhookPreferenceResponse> getAsync(String id, RequestOptions options) {
    return Completed.of(() -> get(id, options));
  }

  /**
   * Async twin of {@link #update(String, WebhookPreferenceUpdateRequest, RequestOptions)}.
   *
   * @param id the preference's id
   * @param request the change
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<WebhookPreferenceResponse> updateAsync(
      String id, WebhookPreferenceUpdateRequest request, RequestOptions options) {
    return Completed.of(() -> update(id, request, options));
  }

  /**
   * Async twin of {@link #delete(String, RequestOptions)}.
   *
   * @param id the preference's id
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<DeleteWebhookPreferenceResponse> deleteAsync(
      String id, RequestOptions options) {
    return Completed.of(() -> delete(id, options));
  }

  /**
   * Async twin of {@link #eventNames(RequestOptions)}.
   *
   * @param options the call's options
   * @return a future of the response
   */
  default CompletableFuture<WebhookEventNamesResponse> eventNamesAsync(RequestOptions options) {
    return Completed.of(() -> eventNames(options));
  }
}
