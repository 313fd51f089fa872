package app.wingspan.server.http;

import app.wingspan.model.WebhookPreferenceCreateRequest;
import app.wingspan.model.WebhookPreferenceUpdateRequest;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.service.WebhookDeliveryLog;
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
  static final String DELIVERIES = COLLECTION + "/{id}/deliveries";
  static final String REPLAY = DELIVERIES + "/{deliveryId}/replay";

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

  void deliveries(Context ctx) {
    String limitText = ctx.queryParam("limit");
    int limit = WebhookDeliveryLog.DEFAULT_LIMIT;
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > WebhookDeliveryLog.MAX_LIMIT) {
        throw ProblemException.invalidField(
            "limit", "limit must be a whole number from 1 to " + WebhookDeliveryLog.MAX_LIMIT);
      }
    }
    InvoiceRoutes.json(
        ctx,
        preferences
            .deliveries()
            .list(Authenticator.caller(ctx), id(ctx, "id"), ctx.queryParam("state"), limit));
  }

  void replay(Context ctx) {
    InvoiceRoutes.json(
        ctx,
        preferences
            .deliveries()
            .replay(Authenticator.caller(ctx), id(ctx, "id"), id(ctx, "deliveryId")));
  }

  void eventNames(Context ctx) {
    Authenticator.caller(ctx);
    InvoiceRoutes.json(ctx, WebhookPreferences.eventNames());
  }

  private static String id(Context ctx) {
    return id(ctx, "id");
  }

  private static String id(Context ctx, String name) {
    String id = ctx.pathParam(name);
    // A delivery id is an event id (36) and a preference id joined by a dot.
    int max =
        name.equals("deliveryId")
            ? 2 * InvoiceRoutes.MAX_ID_LENGTH + 1
            : InvoiceRoutes.MAX_ID_LENGTH;
    if (id.isEmpty() || id.length() > max) {
      throw ProblemException.invalidField(name, name + " must be 1 to " + max + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw ProblemException.invalidField(name, name + " must not contain control characters");
      }
    }
    return id;
  }
}
