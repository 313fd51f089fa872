package app.wingspan.server.http;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import app.wingspan.server.error.ErrorCodes;
import app.wingspan.server.error.ProblemException;
import app.wingspan.server.json.ServerJson;
import app.wingspan.server.service.Answer;
import app.wingspan.server.service.InvoiceQueries;
import app.wingspan.server.service.Recorded;
import app.wingspan.server.service.Services;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.IdempotencyKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/** The client-invoice routes: decode, call the service, encode. */
final class InvoiceRoutes {
  static final String COLLECTION = "/payments/client/invoice";
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 100;
  static final int MAX_ID_LENGTH = 128;
  static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  /** Set on answers of {@code pay} when the server's payments run in test mode. */
  static final String TEST_MODE_HEADER = "Wingspan-Test-Mode";

  /** Marks the replay of an idempotent request's first answer (as Stripe's API does). */
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** How {@link #etag} spells a version: decimal digits, no sign, no leading zero. */
  private static final Pattern ISSUED_VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

  private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");

  private final Services services;
  private final AttachmentLinks links;

  InvoiceRoutes(Services services, AttachmentLinks links) {
    this.services = services;
    this.links = links;
  }

  void list(Context ctx) {
    int limit = limit(ctx.queryParam("limit"));
    String cursor = ctx.queryParam("cursor");
    InvoiceQueries.Page page;
    try {
      page = services.queries().list(Authenticator.caller(ctx), cursor, limit);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(
          "cursor", "cursor is not one this server issued; start again without it");
    }
    if (page.nextCursor() != null) {
      ctx.header("X-Next-Cursor", page.nextCursor());
    }
    json(ctx, links.attachAll(page.invoices()));
  }

  void create(Context ctx) {
    Account caller = Authenticator.caller(ctx);
    IdempotencyKey key = idempotencyKey(ctx, caller);
    byte[] body = Bodies.raw(ctx);
    ClientInvoiceCreateRequest request = Bodies.decode(body, ClientInvoiceCreateRequest.class);
    Recorded response = services.creation().create(caller, request, key, body);
    ctx.status(response.status());
    Responses.send(ctx, "application/json", replayed(ctx, response));
  }

  void get(Context ctx) {
    String id = invoiceId(ctx, "id");
    Answer found = services.queries().getDocument(Authenticator.caller(ctx), id);
    ctx.header("ETag", etag(found.version()));
    ctx.status(200);
    Responses.send(ctx, "application/json", links.attach(id, found.json()));
  }

  /**
   * Gives a sent invoice a new page link (the old one answers 404 from now on) and answers the
   * invoice with it.
   */
  void rotateLink(Context ctx) {
    Account caller = Authenticator.caller(ctx);
    String id = invoiceId(ctx, "invoice_id");
    Answer found = services.queries().getDocument(caller, id);
    if (InvoiceStatus.DRAFT.value().equals(AttachmentLinks.Splice.status(found.json()))) {
      throw new ProblemException(
          409,
          ErrorCodes.INVOICE_NOT_SENT,
          null,
          "a Draft invoice has no page link to rotate; it gets one when it is sent");
    }
    links.rotate(id);
    ctx.header("ETag", etag(found.version()));
    ctx.status(200);
    Responses.send(ctx, "application/json", links.attach(id, found.json()));
  }

  void update(Context ctx) {
    Account caller = Authenticator.caller(ctx);
    String id = invoiceId(ctx, "id");
    LongPredicate ifMatch = ifMatch(ctx.header("If-Match"));
    // Both of Wingspan's specs leave this body optional, and its Python SDK's update(id) sends
    // none: no body is
    // the empty change.
    byte[] body = Bodies.optional(ctx);
    ClientInvoiceUpdateRequest patch =
        body.length == 0
            ? ClientInvoiceUpdateRequest.builder().build()
            : Bodies.decode(body, ClientInvoiceUpdateRequest.class);
    IdempotencyKey key = idempotencyKey(ctx, caller, "PATCH", COLLECTION + "/" + id);
    Answer updated =
        key == null
            ? services.updates().update(caller, id, patch, ifMatch)
            : services.updates().update(caller, id, patch, ifMatch, key, body);
    if (updated.replayed()) {
      ctx.header(REPLAYED_HEADER, "true");
    }
    ctx.header("ETag", etag(updated.version()));
    ctx.status(200);
    Responses.send(ctx, "application/json", links.attach(id, updated.json()));
  }

  void fees(Context ctx) {
    json(ctx, services.queries().fees(Authenticator.caller(ctx), invoiceId(ctx, "invoice_id")));
  }

  void pay(Context ctx) {
    Account caller = Authenticator.caller(ctx);
    String id = invoiceId(ctx, "invoice_id");
    IdempotencyKey key = idempotencyKey(ctx, caller, "POST", COLLECTION + "/" + id + "/pay");
    byte[] body = Bodies.raw(ctx);
    PayRequest request = Bodies.decode(body, PayRequest.class);
    if (services.payments().inTestMode()) {
      // On every answer, errors and replays included: nobody mistakes a test payment for real
      // money.
      ctx.header(TEST_MODE_HEADER, "true");
    }
    Recorded response = services.payments().pay(caller, id, request, key, body);
    ctx.status(response.status());
    byte[] sent = replayed(ctx, response);
    if (response.status() >= 400) {
      Responses.send(ctx, ErrorMapper.PROBLEM_JSON, sent);
    } else {
      Responses.send(ctx, "application/json", links.attach(id, sent));
    }
  }

  /**
   * The body to send for {@code response}. A replay of an idempotent request answers with the first
   * answer's status and body, marked {@code Idempotent-Replayed: true}; like every answer it
   * carries this request's {@code X-Request-Id}, so a recorded error body gets this request's id
   * too (it was recorded without one).
   */
  private static byte[] replayed(Context ctx, Recorded response) {
    if (!response.replayed()) {
      return response.body();
    }
    ctx.header(REPLAYED_HEADER, "true");
    if (response.status() < 400) {
      return response.body();
    }
    try {
      ObjectNode problem = (ObjectNode) ServerJson.mapper().readTree(response.body());
      problem.put("requestId", RequestIds.current(ctx));
      return ServerJson.mapper().writeValueAsBytes(problem);
    } catch (IOException e) {
      throw new IllegalStateException("a recorded problem body that is not JSON", e);
    }
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The versions an {@code If-Match} header accepts: {@code *} any, else the listed strong ETags. A
   * weak ETag never matches (RFC 9110 compares If-Match strongly), and the comparison is of
   * characters: only the exact spelling of an ETag we issue matches ({@code "01"} and {@code "+2"}
   * match nothing). Null when the header is absent.
   */
  static LongPredicate ifMatch(String header) {
    if (header == null) {
      return null;
    }
    Set<Long> versions = new HashSet<>();
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.equals("*")) {
        return version -> true;
      }
      if (t.length() >= 3 && t.startsWith("\"") && t.endsWith("\"")) {
        String opaque = t.substring(1, t.length() - 1);
        if (ISSUED_VERSION.matcher(opaque).matches()) {
          versions.add(Long.parseLong(opaque));
        } // else not one of ours: it matches nothing
      }
    }
    return versions::contains;
  }

  private static String invoiceId(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
      throw ProblemException.invalidField(
          name, name + " must be 1 to " + MAX_ID_LENGTH + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw ProblemException.invalidField(name, name + " must not contain control characters");
      }
    }
    return id;
  }

  private static int limit(String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    // ASCII digits only: Integer.parseInt would also take a sign and other scripts' digits.
    if (ASCII_NUMBER.matcher(text).matches()) {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    }
    throw ProblemException.invalidField(
        "limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static IdempotencyKey idempotencyKey(Context ctx, Account caller) {
    return idempotencyKey(ctx, caller, "POST", COLLECTION);
  }

  /**
   * The request's key, scoped to the caller, {@code method} and {@code path}; null without the
   * header.
   */
  private static IdempotencyKey idempotencyKey(
      Context ctx, Account caller, String method, String path) {
    String key = ctx.header("Idempotency-Key");
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw ProblemException.invalidField(
          "Idempotency-Key",
          "Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw ProblemException.invalidField(
            "Idempotency-Key", "Idempotency-Key must be printable ASCII");
      }
    }
    return new IdempotencyKey(caller.id(), method, path, key);
  }

  static void json(Context ctx, Object value) {
    try {
      byte[] body = ServerJson.mapper().writeValueAsBytes(value);
      ctx.status(200);
      Responses.send(ctx, "application/json", body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }
}
