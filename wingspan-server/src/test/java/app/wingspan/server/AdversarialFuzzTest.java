package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated requests over every route, as an adversarial client would send them (fixed seed, so a
 * failure reproduces): methods the route does not offer, ids and paths with odd escapes, good,
 * foreign, case-folded and missing tokens, caller request ids, If-Match and Idempotency-Key
 * spellings, method overrides, content types, create and patch bodies built from valid and hostile
 * values (control characters, lone surrogates, huge or oddly spelled numbers, wrong types, unknown
 * fields), random bytes, framed by length or chunked.
 *
 * <p>Every answer must keep the contract: no 5xx (501 from the unimplemented {@code pay} aside);
 * every error is problem+json whose {@code requestId} equals the {@code X-Request-Id} header, the
 * caller's own when sane; HEAD carries no body; a successful create or patch reads back exactly as
 * answered, and a refused one changes nothing. Each request is followed on the same connection by a
 * GET of a known invoice, which must still be answered correctly (no framing desync, no
 * header-cache confusion, nothing left over from the fuzzed request).
 */
class AdversarialFuzzTest {
  private static final String COLLECTION = "/payments/client/invoice";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
  private static final int OWN_INVOICES = 12;

  private static final Map<TestApp, World> WORLDS = new ConcurrentHashMap<>();

  /**
   * One server's fixtures: the invoices of {@code client} owed to {@code member} ({@code canary}
   * and {@code own}), and one of {@code other}'s ({@code foreign}).
   */
  record World(
      TestApp app,
      TestApp.Party member,
      TestApp.Party client,
      TestApp.Party other,
      String canary,
      List<String> own,
      String foreign) {
    static World on(TestApp app) {
      TestApp.Party member = app.member();
      TestApp.Party client = app.client();
      TestApp.Party other = app.client();
      String canary = app.createInvoice(client, member);
      List<String> own = new ArrayList<>();
      for (int i = 0; i < OWN_INVOICES; i++) {
        own.add(app.createInvoice(client, member));
      }
      return new World(
          app, member, client, other, canary, List.copyOf(own), app.createInvoice(other, member));
    }
  }

  private final World world = WORLDS.computeIfAbsent(server(), World::on);
  private final TestApp app = world.app();
  private final TestApp.Party member = world.member();
  private final TestApp.Party client = world.client();
  private final TestApp.Party other = world.other();
  private final String canary = world.canary();
  private final List<String> own = world.own();
  private final String foreign = world.foreign();

  /**
   * The server the requests go to: the shared one, reading through its invoice cache. {@link
   * AdversarialFuzzWithoutCacheTest} runs the same property against a server with the cache off.
   */
  TestApp server() {
    return TestApp.shared();
  }

  /** One generated request. */
  record Fuzzed(
      String method,
      String target,
      String authorization,
      String requestId,
      List<String> headers,
      String contentType,
      byte[] body,
      boolean chunked) {

    @Override
    public String toString() {
      return method
          + " "
          + target
          + " auth="
          + authorization
          + " id="
          + requestId
          + " headers="
          + headers
          + " type="
          + contentType
          + (chunked ? " chunked" : "")
          + " body="
          + (body == null ? "none" : new String(body, StandardCharsets.UTF_8));
    }

    byte[] wire() {
      StringBuilder head =
          new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      if (authorization != null) {
        head.append("Authorization: ").append(authorization).append("\r\n");
      }
      if (requestId != null) {
        head.append("X-Request-Id: ").append(requestId).append("\r\n");
      }
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      if (contentType != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
      }
      ByteArrayOutputStream wire = new ByteArrayOutputStream();
      if (body == null) {
        wire.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      } else if (chunked) {
        wire.writeBytes(
            head.append("Transfer-Encoding: chunked\r\n\r\n")
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < body.length; i += 7) {
          int n = Math.min(7, body.length - i);
          wire.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          wire.write(body, i, n);
          wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        wire.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        wire.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        wire.writeBytes(body);
      }
      return wire.toByteArray();
    }

    boolean isHead() {
      return method.equals("HEAD");
    }
  }

  @Property(tries = 1000, seed = "20261201", shrinking = ShrinkingMode.OFF)
  void everyAnswerKeepsTheContract(@ForAll("requests") Fuzzed request) {
    String touched = touchedOwnInvoice(request.target());
    TestApp.Response before =
        touched == null ? null : app.get(COLLECTION + "/" + touched, client.token());

    try (RawHttp connection = new RawHttp(app.server.port())) {
      RawHttp.Reply reply = connection.send(request.wire()).read(request.isHead());
      Statistics.label("status").collect(reply.status());

      assertThat(reply.status() < 500 || reply.status() == 501)
          .as("status %s of %s: %s", reply.status(), request, reply.text())
          .isTrue();
      assertIsolated(request, reply);
      String id = reply.header("X-Request-Id");
      assertThat(id).as("X-Request-Id of %s", request).isNotBlank();
      // A request Jetty refuses while parsing its request line (e.g. a NUL in the path) is answered
      // before its
      // headers are read: it gets a fresh id.
      boolean refusedUnread =
          reply.status() == 400
              && (request.target().contains("%00")
                  || reply.text().contains("\"detail\":\"the request could not be read"));
      if (request.requestId() != null
          && SANE_ID.matcher(request.requestId()).matches()
          && !refusedUnread) {
        assertThat(id).as("echoed id of %s", request).isEqualTo(request.requestId());
      }
      if (reply.status() >= 400) {
        assertThat(reply.header("Content-Type"))
            .as("error type of %s", request)
            .startsWith("application/problem+json");
        if (!request.isHead()) {
          JsonNode problem = reply.json();
          assertThat(problem.path("requestId").asText()).as("body id of %s", request).isEqualTo(id);
          assertThat(problem.path("status").asInt()).isEqualTo(reply.status());
          assertThat(problem.path("code").asText()).isNotEmpty();
        }
      }
      readBack(request, reply, before, touched);

      // The same connection still serves a plain request correctly (unless the server closed it
      // after an error).
      if (!"close".equalsIgnoreCase(reply.header("Connection"))) {
        RawHttp.Reply canaryReply =
            connection
                .send(
                    "GET "
                        + COLLECTION
                        + "/"
                        + canary
                        + " HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization: Bearer "
                        + client.token()
                        + "\r\n\r\n")
                .read(false);
        assertThat(canaryReply.status()).as("canary after %s", request).isEqualTo(200);
        assertThat(canaryReply.json().path("invoiceId").asText()).isEqualTo(canary);
      }
    }
  }

  /**
   * Isolation: an invoice answers only to its own client. Another client's or the member's token
   * (in any spelling) never gets a 2xx from one of the client's invoices, the client never gets one
   * from the other client's, and a list never shows another client's invoice.
   */
  private void assertIsolated(Fuzzed request, RawHttp.Reply reply) {
    if (reply.status() < 200 || reply.status() > 299 || request.method().equals("OPTIONS")) {
      return;
    }
    String auth = request.authorization() == null ? "" : request.authorization().trim();
    boolean asClient = auth.matches("(?i)bearer +" + Pattern.quote(client.token()));
    String path = request.target().split("\\?", 2)[0];
    for (String id : own) {
      assertThat(!asClient && path.startsWith(COLLECTION + "/" + id))
          .as("%s answered %s to a caller other than the invoice's client", request, reply.status())
          .isFalse();
    }
    assertThat(asClient && path.startsWith(COLLECTION + "/" + foreign))
        .as("%s answered %s: the other client's invoice", request, reply.status())
        .isFalse();
    if (path.equals(COLLECTION) && request.method().equals("GET") && !request.isHead()) {
      String body = reply.text();
      assertThat(body).as("list %s", request).doesNotContain(asClient ? foreign : canary);
      if (!asClient) {
        own.forEach(id -> assertThat(body).as("list %s", request).doesNotContain(id));
      }
    }
  }

  private void readBack(
      Fuzzed request, RawHttp.Reply reply, TestApp.Response before, String touched) {
    // RFC 6750: the scheme is case-insensitive and followed by one or more spaces; the token is
    // exact.
    boolean ownToken =
        request.authorization() != null
            && request
                .authorization()
                .trim()
                .matches("(?i)bearer +" + Pattern.quote(client.token()));
    if (reply.status() == 200
        && ownToken
        && request.method().equals("POST")
        && request.target().equals(COLLECTION)
        && request.headers().stream().noneMatch(h -> h.startsWith("Idempotency-Key"))) {
      JsonNode answered = reply.json();
      TestApp.Response read =
          app.get(COLLECTION + "/" + answered.path("invoiceId").asText(), client.token());
      assertThat(read.json()).as("read-back of create %s", request).isEqualTo(answered);
    }
    if (touched != null && request.method().equals("PATCH")) {
      TestApp.Response after = app.get(COLLECTION + "/" + touched, client.token());
      if (reply.status() == 200 && ownToken) {
        assertThat(after.json()).as("read-back of patch %s", request).isEqualTo(reply.json());
        assertThat(after.header("ETag")).isEqualTo(reply.header("ETag"));
      } else {
        assertThat(after.body())
            .as("a refused %s changes nothing", request)
            .isEqualTo(before.body());
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
      }
    }
  }

  private String touchedOwnInvoice(String target) {
    for (String id : own) {
      if (target.equals(COLLECTION + "/" + id)) {
        return id;
      }
    }
    return null;
  }

  // ---- generators

  @Provide
  Arbitrary<Fuzzed> requests() {
    Arbitrary<String> methods =
        Arbitraries.of(
            "GET", "GET", "GET", "POST", "POST", "POST", "PATCH", "PATCH", "PATCH", "PATCH", "PUT",
            "DELETE", "HEAD", "HEAD", "OPTIONS");
    // Most requests are aimed (a route's own method, a fitting body with one hostile part) so they
    // get past routing
    // and decoding to the rules and the store; the rest are anything at all.
    Arbitrary<List<String>> aimed =
        Combinators.combine(Arbitraries.of(own), Arbitraries.integers().between(0, 6))
            .as(
                (id, route) ->
                    switch (route) {
                      case 0 -> List.of("GET", COLLECTION + "?limit=2");
                      case 1, 2 -> List.of("POST", COLLECTION);
                      case 3 -> List.of("GET", COLLECTION + "/" + id);
                      case 4, 5 -> List.of("PATCH", COLLECTION + "/" + id);
                      default -> List.of("GET", COLLECTION + "/" + id + "/fees");
                    });
    Arbitrary<List<String>> anything = Combinators.combine(methods, targets()).as(List::of);
    Arbitrary<List<String>> lines =
        Arbitraries.frequencyOf(Tuple.of(3, aimed), Tuple.of(2, anything));
    return lines.flatMap(line -> requests(line.get(0), line.get(1)));
  }

  private Arbitrary<Fuzzed> requests(String method, String target) {
    Arbitrary<byte[]> bodies =
        method.equals("POST") && target.equals(COLLECTION)
            ? Arbitraries.frequencyOf(Tuple.of(4, mostlyValidCreates()), Tuple.of(1, bodies()))
            : method.equals("PATCH")
                ? Arbitraries.frequencyOf(Tuple.of(4, utf8(patchBodies())), Tuple.of(1, bodies()))
                : bodies();
    return Combinators.combine(
            authorizations(),
            requestIds(),
            extraHeaders(),
            contentTypes(),
            bodies,
            Arbitraries.of(false, true))
        .as(
            (auth, id, headers, type, body, chunked) -> {
              boolean hasBody =
                  body != null && !method.equals("GET") && !method.equals("HEAD")
                      || body != null && headers.contains("X-HTTP-Method-Override: PATCH");
              return new Fuzzed(
                  method,
                  target,
                  auth,
                  id,
                  headers,
                  hasBody ? type : null,
                  hasBody ? body : null,
                  chunked && hasBody);
            });
  }

  private Arbitrary<String> targets() {
    Arbitrary<String> ids =
        Arbitraries.oneOf(
            Arbitraries.of(own),
            Arbitraries.of(
                foreign,
                "nope",
                "a".repeat(129),
                "%01",
                "%F0%9F%90%A6",
                "x%20y",
                "..",
                "%2e%2e",
                "%u0041",
                "%C0%AF",
                "%00",
                "a%2Fb",
                "%E2%80%AE",
                "%7F",
                "%ED%A0%80"));
    Arbitrary<String> paths =
        Arbitraries.oneOf(
            Arbitraries.just(COLLECTION),
            ids.map(id -> COLLECTION + "/" + id),
            ids.map(id -> COLLECTION + "/" + id + "/fees"),
            ids.map(id -> COLLECTION + "/" + id + "/pay"),
            Arbitraries.of(
                "/health/live",
                "/health/ready",
                "/openapi.yaml",
                "/metrics",
                "/",
                "//payments/client/invoice",
                "/payments/client/invoice/",
                "/PAYMENTS/client/invoice",
                "/payments/client/invoices",
                "/%u0041",
                "/payments/client/invoice/x/fees/y",
                "/payments/client/invoice;a=b",
                "/payments/client/invoice?%zz"));
    Arbitrary<String> queries =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.of(
                    "1",
                    "5",
                    "100",
                    "101",
                    "0",
                    "-1",
                    "+5",
                    "%D9%A5",
                    "05",
                    "x",
                    "",
                    "99999999999999999999")
                .map(limit -> "?limit=" + limit),
            Arbitraries.of(
                    "LTkyMjMzNzIwMzY4NTQ3NzU4MDg6eA",
                    "MTphAGI",
                    "MTp4",
                    "%00",
                    "",
                    "////",
                    "MTc2NDYwMDAwMDAwMDAwMDp4")
                .map(cursor -> "?cursor=" + cursor));
    return Combinators.combine(paths, queries)
        .as((path, query) -> path.contains("?") ? path : path + query)
        .withoutEdgeCases();
  }

  private Arbitrary<String> authorizations() {
    return Arbitraries.of(
        "Bearer " + client.token(),
        "Bearer " + client.token(),
        "Bearer " + client.token(),
        "Bearer " + client.token(),
        "Bearer " + client.token(),
        "Bearer " + client.token(),
        "Bearer " + other.token(),
        "Bearer " + member.token(),
        "Bearer " + client.token().toUpperCase(Locale.ROOT),
        "bearer " + client.token(),
        "Bearer " + client.token() + " ",
        "Bearer wsk_wrong",
        "Bearer ",
        "Basic YTpi",
        "Bearer  " + client.token());
  }

  private Arbitrary<String> requestIds() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.of("fuzz-1", "a b", "x".repeat(101), "ü", ""),
        Arbitraries.strings().withChars("abcXYZ09._:-").ofMinLength(1).ofMaxLength(20));
  }

  private Arbitrary<List<String>> extraHeaders() {
    return Arbitraries.of(
            "If-Match: \"1\"",
            "If-Match: \"01\"",
            "If-Match: \"+1\"",
            "If-Match: *",
            "If-Match: W/\"1\"",
            "If-Match: \"2\"",
            "If-Match: garbage",
            "Idempotency-Key: fuzz-key",
            "Idempotency-Key: ",
            "Idempotency-Key: k" + "\u00e9",
            "X-HTTP-Method-Override: PATCH",
            "X-HTTP-Method-Override: DELETE",
            "Expect: 100-continue",
            "Accept: text/html",
            "Accept-Encoding: gzip",
            "Connection: keep-alive",
            "Cookie: a=b",
            "Content-Encoding: gzip",
            "X-Forwarded-For: 10.0.0.1")
        .list()
        .ofMaxSize(3)
        .uniqueElements();
  }

  private Arbitrary<String> contentTypes() {
    return Arbitraries.of(
        "application/json",
        "application/json",
        "application/json; charset=utf-8",
        "application/merge-patch+json",
        "text/plain",
        "application/json; charset=utf-16",
        "APPLICATION/JSON",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x");
  }

  private Arbitrary<byte[]> bodies() {
    Arbitrary<String> json =
        Arbitraries.oneOf(
            createBodies(),
            patchBodies(),
            Arbitraries.of(
                "",
                "{",
                "[]",
                "null",
                "\"x\"",
                "1",
                "{}{}",
                "{\"a\":1}",
                "\uFEFF{}",
                "{\"status\":\"Open\",\"status\":\"Open\"}"));
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        json.map(text -> text.getBytes(StandardCharsets.UTF_8)),
        json.map(text -> text.getBytes(StandardCharsets.UTF_8)),
        json.map(text -> text.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
        json.map(text -> text.getBytes(StandardCharsets.UTF_16)));
  }

  private Arbitrary<byte[]> utf8(Arbitrary<String> json) {
    return json.map(text -> text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A valid create body with at most one field replaced by a hostile value, so the others do not
   * mask it.
   */
  private Arbitrary<byte[]> mostlyValidCreates() {
    String memberField = "\"memberId\":\"" + member.id() + "\"";
    String email = "\"clientEmail\":\"carl@example.test\"";
    String due = "\"dueDate\":\"2030-01-31\"";
    String line =
        "\"lineItems\":[{\"costPerUnit\":19.99,\"quantity\":1.5,\"description\":\"Design\"}]";
    Arbitrary<String> hostileLine = lines().map(items -> "\"lineItems\":" + items);
    Arbitrary<String> hostileMember =
        Arbitraries.of(
                "\"x\\u0000\\nFORGED\"",
                "\"" + other.id() + "\"",
                "\"\\ud800\"",
                "\"\"",
                "null",
                "7")
            .map(value -> "\"memberId\":" + value);
    Arbitrary<String> hostileExtra =
        Arbitraries.of(
            ",\"currency\":\"CAD\"",
            ",\"currency\":\"EUR\"",
            ",\"clientEmailCC\":[\"x@y.co\",null]",
            ",\"clientFirstName\":\"Ada\\tL\"",
            ",\"clientLastName\":\"\\u0000\"",
            ",\"creditFeeHandling\":{\"clientPays\":50,\"memberPays\":50}",
            ",\"creditFeeHandling\":{\"memberPays\":5}",
            ",\"creditFeeHandling\":{\"clientAbsolutePercentage\":3}",
            ",\"clientCompany\":\"\\u202eevil\"",
            ",\"dueDate\":\"2020-02-29\"",
            "");
    return Arbitraries.oneOf(
            hostileLine.map(l -> "{" + memberField + "," + email + "," + due + "," + l + "}"),
            hostileMember.map(m -> "{" + m + "," + email + "," + due + "," + line + "}"),
            hostileExtra.map(
                x ->
                    "{"
                        + memberField
                        + ","
                        + email
                        + (x.startsWith(",\"dueDate") ? "" : "," + due)
                        + ","
                        + line
                        + x
                        + "}"))
        .map(text -> text.getBytes(StandardCharsets.UTF_8));
  }

  private Arbitrary<String> patchBodies() {
    Arbitrary<String> status =
        Arbitraries.of(
            "",
            "\"status\":\"Open\"",
            "\"status\":\"Cancelled\"",
            "\"status\":\"Paid\"",
            "\"status\":\"Draft\"",
            "\"status\":null",
            "\"status\":\"open\"",
            "\"status\":7",
            "\"status\":\"Overdue\"",
            "\"status\":\"\\u0000\"",
            "\"status\":\"\\ud800\"");
    Arbitrary<String> fees =
        Arbitraries.of(
            "",
            "\"creditFeeHandling\":null",
            "\"creditFeeHandling\":{\"clientPays\":70}",
            "\"creditFeeHandling\":{\"clientPays\":101}",
            "\"creditFeeHandling\":{\"clientAbsolutePercentage\":2.5}",
            "\"creditFeeHandling\":{\"clientPays\":\"ten\"}",
            "\"creditFeeHandling\":{\"clientPays\":1e999}",
            "\"creditFeeHandling\":[]",
            "\"unknown\":1");
    return Combinators.combine(status, fees)
        .as((s, f) -> "{" + s + (!s.isEmpty() && !f.isEmpty() ? "," : "") + f + "}");
  }

  private Arbitrary<String> createBodies() {
    Arbitrary<String> memberIds =
        Arbitraries.of(
            "\"" + member.id() + "\"",
            "\"" + member.id() + "\"",
            "\"" + other.id() + "\"",
            "\"\"",
            "\"x\\u0000\\nFORGED\"",
            "null",
            "5",
            "\"\\ud800\"",
            "\"" + "m".repeat(5000) + "\"");
    Arbitrary<String> emails =
        Arbitraries.of(
            "\"carl@example.test\"",
            "\"carl@example.test\"",
            "\"a@b\"",
            "\"no\"",
            "\"a\\u0001@b.co\"",
            "null",
            "[\"a@b.co\"]");
    Arbitrary<String> dates =
        Arbitraries.of(
            "\"2030-01-31\"",
            "\"2030-01-31\"",
            "\"2020-01-01\"",
            "\"2026-02-30\"",
            "\"2030-1-5\"",
            "\"2030-01-31T00:00:00Z\"",
            "20300131",
            "\"+2030-01-31\"",
            "\"\u0662\u0660\u0663\u0660-01-31\"");
    Arbitrary<String> extras =
        Arbitraries.of(
            "",
            "",
            ",\"currency\":\"CAD\"",
            ",\"currency\":\"EUR\"",
            ",\"currency\":null",
            ",\"clientEmailCC\":[\"x@y.co\",null]",
            ",\"clientFirstName\":\"Ada\\tL\"",
            ",\"creditFeeHandling\":{\"clientPays\":50,\"memberPays\":50}",
            ",\"creditFeeHandling\":{\"memberPays\":5}",
            ",\"nope\":true",
            ",\"clientCompany\":\"\\u202eevil\"");
    return Combinators.combine(memberIds, emails, dates, lines(), extras)
        .as(
            (member, email, due, lines, extra) ->
                "{\"memberId\":"
                    + member
                    + ",\"clientEmail\":"
                    + email
                    + ",\"dueDate\":"
                    + due
                    + ",\"lineItems\":"
                    + lines
                    + extra
                    + "}");
  }

  private Arbitrary<String> lines() {
    Arbitrary<String> numbers =
        Arbitraries.of(
            "",
            "0",
            "1",
            "0.005",
            "19.99",
            "1e15",
            "999999999999999.99",
            "999999999999999.9999999999",
            "1e-11",
            "-1",
            "1e999",
            "\"1\"",
            "null",
            "0.1e1",
            "1E+2",
            "12345678901234.56",
            "-0",
            "0.3333333333");
    Arbitrary<String> texts =
        Arbitraries.of(
            "",
            "\"Design\"",
            "\"\"",
            "\"two\\nlines\"",
            "\"x\\u0000y\"",
            "\"\\ud800\"",
            "\"\\ud83d\\udc26 bird\"",
            "\"\u00e9t\u00e9\"",
            "\"\\u202e\"",
            "\"\\\\\"",
            "\"x\\u007f\"",
            "\"" + "d".repeat(3000) + "\"",
            "7");
    Arbitrary<String> line =
        Combinators.combine(
                numbers,
                numbers,
                numbers,
                texts,
                Arbitraries.of(
                    "",
                    ",\"labels\":{\"k\":\"v\"}",
                    ",\"labels\":{\"k\\u0000\":\"v\"}",
                    ",\"discount\":{\"amount\":1}",
                    ",\"unit\":\"h\\u0007\"",
                    ",\"colour\":\"red\""))
            .as(
                (cost, quantity, total, description, extra) -> {
                  List<String> fields = new ArrayList<>();
                  if (!cost.isEmpty()) {
                    fields.add("\"costPerUnit\":" + cost);
                  }
                  if (!quantity.isEmpty()) {
                    fields.add("\"quantity\":" + quantity);
                  }
                  if (!total.isEmpty()) {
                    fields.add("\"totalCost\":" + total);
                  }
                  if (!description.isEmpty()) {
                    fields.add("\"description\":" + description);
                  }
                  String joined = String.join(",", fields);
                  return "{"
                      + joined
                      + (extra.isEmpty() || joined.isEmpty() ? extra.replaceFirst("^,", "") : extra)
                      + "}";
                });
    return Arbitraries.oneOf(
        line.list().ofMinSize(1).ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]"),
        Arbitraries.of("[]", "null", "[null]", "{}", "[{\"totalCost\":10}]"));
  }
}
