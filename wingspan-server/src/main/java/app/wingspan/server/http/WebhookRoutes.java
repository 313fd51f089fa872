package app.wingspan.server.http;

import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import app.wingspan.server.ServerJson;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.service.WebhookPreferences;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;

/**
 * The webhook preference routes: decode, call {@link WebhookPreferences}, encode. Same
 * authentication, body limits, strict decoding and problem+json errors as {@link InvoiceRoutes}.
 */
final class WebhookRoutes {
  static final String PREFIX = "/integrations/webhooks";
  static final String COLLECTION = PREFIX + "/preference";
  static final String EVENT_NAMES = PREFIX + "/eventnames";

  private final WebhookPreferences preferences;

  WebhookRoutes(WebhookPreferences preferences) {
    this.preferences = preferences;
  }

  void list(Context ctx) {
    InvoiceRoutes.json(ctx, preferences.list(Authenticator.caller(ctx)));
  }

  void create(Context ctx) {
    WebhookPreferenceCreateRequest request =
        Bodies.decode(Bodies.raw(ctx), WebhookPreferenceCreateRequest.class);
    byte[] body;
    try {
      body =
          ServerJson.mapper()
              .writeValueAsBytes(preferences.create(Authenticator.caller(ctx), request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
    ctx.status(201);
    Responses.send(ctx, "application/json", body);
  }

  void get(Context ctx) {
    InvoiceRoutes.json(ctx, preferences.get(Authenticator.caller(ctx), id(ctx)));
  }

  void update(Context ctx) {
    String id = id(ctx);
    WebhookPreferenceUpdateRequest patch =
        Bodies.decode(Bodies.raw(ctx), WebhookPreferenceUpdateRequest.class);
    InvoiceRoutes.json(ctx, preferences.update(Authenticator.caller(ctx), id, patch));
  }

  void delete(Context ctx) {
    preferences.delete(Authenticator.caller(ctx), id(ctx));
    ctx.status(204);
  }

  void eventNames(Context ctx) {
    Authenticator.caller(ctx);
    InvoiceRoutes.json(ctx, WebhookPreferences.eventNames());
  }

  private static String id(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isEmpty() || id.length() > InvoiceRoutes.MAX_ID_LENGTH) {
      throw ProblemException.invalidField(
          "id", "id must be 1 to " + InvoiceRoutes.MAX_ID_LENGTH + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw ProblemException.invalidField("id", "id must not contain control characters");
      }
    }
    return id;
  }
}
