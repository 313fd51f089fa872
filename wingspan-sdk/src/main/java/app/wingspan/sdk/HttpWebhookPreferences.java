package app.wingspan.sdk;

import app.wingspan.model.WebhookEventName;
import app.wingspan.model.WebhookPreference;
import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import app.wingspan.model.WingspanJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The SDK's {@link WebhookPreferences}: each operation as an HTTP call through the client's {@link
 * Transport}, as {@link HttpClientInvoices} does for invoices. Package-private: callers see the
 * interface.
 */
final class HttpWebhookPreferences implements WebhookPreferences {

  private static final String PREFERENCES = "/integrations/webhooks/preference";
  private static final String EVENT_NAMES = "/integrations/webhooks/eventnames";

  private static final ObjectReader PREFERENCE = WingspanJson.readerFor(WebhookPreference.class);
  private static final ObjectReader PREFERENCE_LIST =
      WingspanJson.readerFor(new TypeReference<List<WebhookPreference>>() {});
  private static final ObjectReader EVENT_NAME_LIST =
      WingspanJson.readerFor(new TypeReference<List<WebhookEventName>>() {});

  private final Transport transport;

  HttpWebhookPreferences(Transport transport) {
    this.transport = transport;
  }

  @Override
  public WebhookPreferencesResponse list(RequestOptions options) {
    return send(listCall(), options, HttpWebhookPreferences::readList);
  }

  @Override
  public CompletableFuture<WebhookPreferencesResponse> listAsync(RequestOptions options) {
    return sendAsync(listCall(), options, HttpWebhookPreferences::readList);
  }

  @Override
  public WebhookPreferenceResponse create(
      WebhookPreferenceCreateRequest request, RequestOptions options) {
    return send(createCall(request), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public CompletableFuture<WebhookPreferenceResponse> createAsync(
      WebhookPreferenceCreateRequest request, RequestOptions options) {
    return sendAsync(createCall(request), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public WebhookPreferenceResponse get(String id, RequestOptions options) {
    return send(Call.get(path(id), null), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public CompletableFuture<WebhookPreferenceResponse> getAsync(String id, RequestOptions options) {
    return sendAsync(Call.get(path(id), null), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public WebhookPreferenceResponse update(
      String id, WebhookPreferenceUpdateRequest request, RequestOptions options) {
    return send(updateCall(id, request), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public CompletableFuture<WebhookPreferenceResponse> updateAsync(
      String id, WebhookPreferenceUpdateRequest request, RequestOptions options) {
    return sendAsync(updateCall(id, request), options, HttpWebhookPreferences::readOne);
  }

  @Override
  public DeleteWebhookPreferenceResponse delete(String id, RequestOptions options) {
    return send(deleteCall(id), options, HttpWebhookPreferences::readDeleted);
  }

  @Override
  public CompletableFuture<DeleteWebhookPreferenceResponse> deleteAsync(
      String id, RequestOptions options) {
    return sendAsync(deleteCall(id), options, HttpWebhookPreferences::readDeleted);
  }

  @Override
  public WebhookEventNamesResponse eventNames(RequestOptions options) {
    return send(Call.get(EVENT_NAMES, null), options, HttpWebhookPreferences::readEventNames);
  }

  @Override
  public CompletableFuture<WebhookEventNamesResponse> eventNamesAsync(RequestOptions options) {
    return sendAsync(Call.get(EVENT_NAMES, null), options, HttpWebhookPreferences::readEventNames);
  }

  // ---- calls

  private static Call listCall() {
    return Call.get(PREFERENCES, null);
  }

  private static Call createCall(WebhookPreferenceCreateRequest request) {
    // Not repeated after a network failure, and no generated Idempotency-Key: the server keeps no
    // idempotency record for preferences, so a repeat could add the endpoint twice.
    return new Call(
        "POST", PREFERENCES, null, json(Objects.requireNonNull(request, "request")), false, false);
  }

  private static Call updateCall(String id, WebhookPreferenceUpdateRequest request) {
    // Idempotent: a PATCH to given values (a repeated secret is no second rotation).
    return Call.patch(path(id), json(Objects.requireNonNull(request, "request")));
  }

  private static Call deleteCall(String id) {
    return new Call("DELETE", path(id), null, null, false, false);
  }

  private static String path(String id) {
    return PREFERENCES + "/" + PathSegment.encode("id", id);
  }

  // ---- readers

  private static WebhookPreferenceResponse readOne(Call call, Transport.Sent sent) {
    return new WebhookPreferenceResponse(
        sent.response().statusCode(),
        sent.contentType(),
        Decoder.raw(sent.response()),
        Decoder.<WebhookPreference>decode(call, sent, PREFERENCE));
  }

  private static WebhookPreferencesResponse readList(Call call, Transport.Sent sent) {
    List<WebhookPreference> decoded = Decoder.decode(call, sent, PREFERENCE_LIST);
    return new WebhookPreferencesResponse(
        sent.response().statusCode(),
        sent.contentType(),
        Decoder.raw(sent.response()),
        decoded == null ? List.of() : decoded.stream().filter(Objects::nonNull).toList());
  }

  private static WebhookEventNamesResponse readEventNames(Call call, Transport.Sent sent) {
    List<WebhookEventName> decoded = Decoder.decode(call, sent, EVENT_NAME_LIST);
    return new WebhookEventNamesResponse(
        sent.response().statusCode(),
        sent.contentType(),
        Decoder.raw(sent.response()),
        decoded == null ? List.of() : decoded.stream().filter(Objects::nonNull).toList());
  }

  private static DeleteWebhookPreferenceResponse readDeleted(Call call, Transport.Sent sent) {
    return new DeleteWebhookPreferenceResponse(
        sent.response().statusCode(), sent.contentType(), Decoder.raw(sent.response()));
  }

  // ---- shared

  /** Turns a 2xx response into an operation's response type. */
  @FunctionalInterface
  private interface Reader<R> {
    R read(Call call, Transport.Sent sent);
  }

  private <R> R send(Call call, RequestOptions options, Reader<R> reader) {
    return reader.read(call, transport.send(call, Objects.requireNonNull(options, "options")));
  }

  private <R> CompletableFuture<R> sendAsync(Call call, RequestOptions options, Reader<R> reader) {
    Function<Transport.Sent, R> decode = sent -> reader.read(call, sent);
    CompletableFuture<Transport.Sent> sent =
        transport.sendAsync(call, Objects.requireNonNull(options, "options"));
    CompletableFuture<R> decoded = sent.thenApply(decode);
    // Cancelling the caller's future stops the exchange behind it, retries included.
    decoded.whenComplete(
        (ignored, error) -> {
          if (decoded.isCancelled()) {
            sent.cancel(true);
          }
        });
    return decoded;
  }

  private static byte[] json(Object request) {
    try {
      return WingspanJson.writer().writeValueAsBytes(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot encode "
              + request.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }
}
