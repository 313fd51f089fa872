package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * What an adversarial client found, one regression test per finding: case-folded tokens on a reused
 * connection, 500s from crafted paths, chunked framing, text and cursors, method override, lone
 * surrogates, numeric If-Match, the error shape of the HTTP layer, HEAD, and leniencies. (Slow
 * bodies: {@link SlowBodyTest}; generated requests over every route: {@link AdversarialFuzzTest}.)
 */
class HardeningTest {
  private static final TestApp APP = TestApp.shared();
  private static final String COLLECTION = "/payments/client/invoice";
  private static TestApp.Party member;
  private static TestApp.Party client;
  private static String invoiceId;

  @BeforeAll
  static void invoice() {
    member = APP.member();
    client = APP.client();
    invoiceId = APP.createInvoice(client, member);
  }

  private static int port() {
    return APP.server.port();
  }

  private static String get(String path, String token, String... headers) {
    StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: x\r\n");
    if (token != null) {
      request.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  private static String withBody(
      String method, String path, String token, String body, String... headers) {
    StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: x\r\n");
    request.append("Authorization: Bearer ").append(token).append("\r\n");
    request.append("Content-Type: application/json\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return request
        .append("Content-Length: ")
        .append(bytes.length)
        .append("\r\n\r\n")
        .append(body)
        .toString();
  }

  // ---- 2. Tokens are case-sensitive, also on a kept-alive connection (Jetty's header cache)

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource({
    "exact, upper, 200, 401",
    "upper, exact, 401, 200",
    "exact, lower, 200, 401",
    "lower, exact, 401, 200",
    "exact, exact, 200, 200"
  })
  void aTokenIsComparedByteForByteOnAReusedConnection(
      String first, String second, int firstStatus, int secondStatus) {
    String path = COLLECTION + "/" + invoiceId;
    try (RawHttp connection = new RawHttp(port())) {
      assertThat(connection.exchange(get(path, variant(client.token(), first))).status())
          .isEqualTo(firstStatus);
      assertThat(connection.exchange(get(path, variant(client.token(), second))).status())
          .isEqualTo(secondStatus);
    }
  }

  private static String variant(String token, String kind) {
    return switch (kind) {
      case "upper" -> token.toUpperCase(Locale.ROOT);
      case "lower" -> token.toLowerCase(Locale.ROOT);
      default -> token;
    };
  }

  // ---- 3. Malformed %-escapes are 400, not 500 (no token needed to find out)

  /**
   * Jetty refuses some escapes while parsing the request line, before the headers (so before the
   * caller's id).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /%u0041, true",
    "GET, /%u0041/fees, true",
    "PATCH, /%u0041, true",
    "POST, /%u0041/pay, true",
    "DELETE, /%u0041, true",
    "GET, /ab%zz, false",
    "GET, /ab%, false",
    "GET, /ab%4, false"
  })
  void aMalformedPercentEscapeIs400(String method, String path, boolean idEchoed) {
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply reply =
          connection.exchange(
              method
                  + " "
                  + COLLECTION
                  + path
                  + " HTTP/1.1\r\nHost: x\r\nX-Request-Id: esc-1\r\nContent-Length: 0\r\n\r\n");
      assertRawProblem(reply, 400, "BAD_REQUEST", idEchoed ? "esc-1" : null);
    }
  }

  // ---- 4. Malformed chunked bodies are 400 with at most one WARN line, never a 500

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      negative size        | -1\\r\\n{}\\r\\n0\\r\\n\\r\\n
      hex prefix           | 0x2\\r\\n{}\\r\\n0\\r\\n\\r\\n
      size overflow        | FFFFFFFFFFFFFFFFFFFF\\r\\n{}\\r\\n0\\r\\n\\r\\n
      missing CRLF         | 2\\r\\n{}0\\r\\n\\r\\n
      data beyond its size | 1\\r\\n{}\\r\\n0\\r\\n\\r\\n
      bare LF              | 2\\n{}\\n0\\n\\n
      not hex              | zz\\r\\n{}\\r\\n0\\r\\n\\r\\n
      """)
  void aMalformedChunkedBodyIs400AndChangesNothing(String name, String chunks) {
    String before = APP.get(COLLECTION + "/" + invoiceId, client.token()).body();
    ListAppender<ILoggingEvent> logs = captureLogs();
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply reply =
          connection.exchange(
              "PATCH "
                  + COLLECTION
                  + "/"
                  + invoiceId
                  + " HTTP/1.1\r\nHost: x\r\n"
                  + "Authorization: Bearer "
                  + client.token()
                  + "\r\nContent-Type: application/json\r\n"
                  + "X-Request-Id: chunk-1\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + chunks.replace("\\r", "\r").replace("\\n", "\n"));
      assertRawProblem(reply, 400, "BAD_REQUEST", null);
    } finally {
      release(logs);
    }
    assertThat(logs.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
    assertThat(logs.list.stream().filter(event -> event.getLevel() == Level.WARN))
        .hasSizeLessThanOrEqualTo(1);
    assertThat(APP.get(COLLECTION + "/" + invoiceId, client.token()).body()).isEqualTo(before);
  }

  @Test
  void aClientHangingUpMidBodyLeavesNoErrorAndNoWarning() throws Exception {
    ListAppender<ILoggingEvent> logs = captureLogs();
    try {
      for (String framing :
          new String[] {
            "Content-Length: 100\r\n\r\n{\"sta", "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"sta"
          }) {
        try (RawHttp connection = new RawHttp(port())) {
          connection.send(
              "PATCH "
                  + COLLECTION
                  + "/"
                  + invoiceId
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + client.token()
                  + "\r\nContent-Type: application/json\r\n"
                  + framing);
          Thread.sleep(100);
        }
      }
      Thread.sleep(300);
    } finally {
      release(logs);
    }
    assertThat(logs.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    assertThat(APP.get("/health/live", null).status()).isEqualTo(200);
  }

  // ---- 5. Control characters in text: 422 naming the field, nothing stored, nothing forged in the
  // logs

  /** JSON of one field's value (as sent) | where it goes | param. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      "x\\u0000\\nFORGED"  | memberId    | memberId
      "mem\\nber"          | memberId    | memberId
      "a\\u0001@b.co"      | clientEmail | clientEmail
      "2030-01-01\\u0000"  | dueDate     | dueDate
      "x\\u0000y"          | description | lineItems[0].description
      "x\\u007fy"          | unit        | lineItems[0].unit
      "x\\u0085y"          | detail      | lineItems[0].detail
      "x\\u001by"          | label       | lineItems[0].labels.team
      "Ada\\u0000"         | firstName   | clientFirstName
      """)
  void aControlCharacterInTextIs422NamingTheFieldAndCreatesNothing(
      String value, String where, String param) {
    TestApp.Party ownClient = APP.client();
    String body = createBody(where, value);

    TestApp.Response response = APP.send("POST", COLLECTION, ownClient.token(), body);

    BadInputTest.assertProblem(response, 422, "VALIDATION_FAILED", param);
    assertThat(APP.get(COLLECTION, ownClient.token()).json()).isEmpty();
  }

  private static String createBody(String where, String value) {
    String memberId = where.equals("memberId") ? value : "\"" + member.id() + "\"";
    String email = where.equals("clientEmail") ? value : "\"carl@example.test\"";
    String due = where.equals("dueDate") ? value : "\"2030-01-31\"";
    String first = where.equals("firstName") ? ",\"clientFirstName\":" + value : "";
    String line =
        switch (where) {
          case "description" -> ",\"description\":" + value;
          case "unit" -> ",\"unit\":" + value;
          case "detail" -> ",\"detail\":" + value;
          case "label" -> ",\"labels\":{\"team\":" + value + "}";
          default -> "";
        };
    return "{\"memberId\":"
        + memberId
        + ",\"clientEmail\":"
        + email
        + ",\"dueDate\":"
        + due
        + first
        + ",\"lineItems\":[{\"totalCost\":10"
        + line
        + "}]}";
  }

  @Test
  void lineBreaksAndTabsInFreeTextAreStoredAndReadBackExactly() {
    String body = createBody("description", "\"two\\nlines\\tand a tab\\r\\n\"");

    TestApp.Response created = APP.send("POST", COLLECTION, client.token(), body);

    assertThat(created.status()).as(created.body()).isEqualTo(200);
    JsonNode stored =
        APP.get(COLLECTION + "/" + created.json().path("invoiceId").asText(), client.token())
            .json();
    assertThat(stored.path("lineItems").get(0).path("description").asText())
        .isEqualTo("two\nlines\tand a tab\r\n");
    assertThat(stored).isEqualTo(created.json());
  }

  @Test
  void aValueWithANewlineNeverForgesALogLine() {
    ListAppender<ILoggingEvent> logs = captureLogs();
    try {
      APP.send("POST", COLLECTION, client.token(), createBody("memberId", "\"x\\u0000\\nFORGED\""));
      APP.send("GET", COLLECTION + "/x%0AFORGED", client.token(), null);
    } finally {
      release(logs);
    }
    assertThat(logs.list)
        .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain("\nFORGED"));
  }

  // ---- 6. Crafted cursors are 400 INVALID_FIELD cursor

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LTkyMjMzNzIwMzY4NTQ3NzU4MDg6eA",
        "MTphAGI",
        "OTIyMzM3MjAzNjg1NDc3NTgwNzp4",
        "MDE6eA",
        "MTo",
        "Ono",
        "MTp4IHk",
        "MTp4=",
        "%00",
        "MTp4OnkK"
      })
  void aCursorThisServerCouldNotHaveIssuedIs400(String cursor) {
    TestApp.Response response = APP.get(COLLECTION + "?cursor=" + cursor, client.token());

    BadInputTest.assertProblem(response, 400, "INVALID_FIELD", "cursor");
  }

  // ---- 7. X-HTTP-Method-Override is ignored: a GET never writes

  @ParameterizedTest(name = "{0} with override PATCH")
  @CsvSource({"GET, 200", "POST, 405", "PUT, 405", "DELETE, 405"})
  void theMethodOverrideHeaderIsIgnored(String method, int status) {
    TestApp.Response before = APP.get(COLLECTION + "/" + invoiceId, client.token());
    for (String header :
        new String[] {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"}) {
      try (RawHttp connection = new RawHttp(port())) {
        RawHttp.Reply reply =
            connection.exchange(
                withBody(
                    method,
                    COLLECTION + "/" + invoiceId,
                    client.token(),
                    "{\"status\":\"Cancelled\"}",
                    header,
                    "PATCH"));
        assertThat(reply.status()).isEqualTo(status);
      }
    }
    TestApp.Response after = APP.get(COLLECTION + "/" + invoiceId, client.token());
    assertThat(after.json().path("status").asText()).isEqualTo("Draft");
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
  }

  // ---- 8. Lone surrogates: 400 naming the field; a valid pair is stored exactly

  @ParameterizedTest
  @ValueSource(strings = {"x\\ud800y", "x\\udc00", "\\ud800", "x\\ud800\\ud800y"})
  void aLoneSurrogateIs400NamingTheField(String escaped) {
    TestApp.Party ownClient = APP.client();
    TestApp.Response response =
        APP.send(
            "POST",
            COLLECTION,
            ownClient.token(),
            createBody("description", "\"" + escaped + "\""),
            "Idempotency-Key",
            "surrogate-" + escaped.hashCode());

    BadInputTest.assertProblem(response, 400, "INVALID_FIELD", "lineItems[0].description");
    assertThat(APP.get(COLLECTION, ownClient.token()).json()).isEmpty();
  }

  @Test
  void aSurrogatePairIsStoredAndReadBackExactly() {
    TestApp.Response created =
        APP.send(
            "POST",
            COLLECTION,
            client.token(),
            createBody("description", "\"bird \\ud83d\\udc26 \u00e9\""));

    assertThat(created.status()).as(created.body()).isEqualTo(200);
    TestApp.Response read =
        APP.get(COLLECTION + "/" + created.json().path("invoiceId").asText(), client.token());
    assertThat(read.json().path("lineItems").get(0).path("description").asText())
        .isEqualTo("bird \uD83D\uDC26 \u00e9");
    assertThat(read.json()).isEqualTo(created.json());
  }

  // ---- 9. If-Match compares characters (RFC 9110 strong comparison)

  @ParameterizedTest(name = "If-Match: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      "01"          | 412
      "+1"          | 412
      "1.0"         | 412
      " 1"          | 412
      W/"1"         | 412
      "1"           | 200
      "7", "1"      | 200
      *             | 200
      """)
  void ifMatchMatchesOnlyTheExactSpellingOfTheETag(String ifMatch, int status) {
    String id = APP.createInvoice(client, member);

    TestApp.Response response =
        APP.send(
            "PATCH",
            COLLECTION + "/" + id,
            client.token(),
            "{\"status\":\"Draft\"}",
            "If-Match",
            ifMatch);

    assertThat(response.status()).as(response.body()).isEqualTo(status);
  }

  // ---- 10. Errors of the HTTP layer keep the error contract on every method

  /** method | raw path | extra header line | status. */
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      PATCH   | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      PUT     | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      DELETE  | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      OPTIONS | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      GET     | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      POST    | /payments/client/invoice/%C0%AF | X-Pad: 1                | 400
      PATCH   | /payments/client/invoice/x      | Expect: something-else  | 417
      GET     | /payments/client/invoice/x      | Expect: something-else  | 417
      OPTIONS | *                               | X-Pad: 1                | 404
      DELETE  | /payments/client/invoice/x      | X-Pad: 1                | 405
      """)
  void anErrorOfTheHttpLayerIsProblemJsonWithTheCallersRequestId(
      String method, String path, String header, int status) {
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply reply =
          connection.exchange(
              method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: x\r\nX-Request-Id: layer-1\r\n"
                  + header
                  + "\r\nContent-Length: 0\r\n\r\n");
      assertRawProblem(reply, status, null, "layer-1");
    }
  }

  /**
   * Framing Jetty refuses while reading the headers: the id is fresh (the headers were never read
   * whole).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Content-Length: +5     | 400
      Content-Length: -1     | 400
      Content-Length: 5, 6   | 400
      X-Big: BIG             | 431
      """)
  void aRequestJettyCannotParseStillGetsTheErrorShape(String header, int status) {
    for (String method : new String[] {"GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"}) {
      try (RawHttp connection = new RawHttp(port())) {
        RawHttp.Reply reply =
            connection.exchange(
                method
                    + " "
                    + COLLECTION
                    + "/x HTTP/1.1\r\nHost: x\r\n"
                    + header.replace("BIG", "a".repeat(20_000))
                    + "\r\n\r\n{}{}{");
        assertRawProblem(reply, status, null, null);
      }
    }
  }

  @Test
  void anErrorToHeadCarriesTheHeadersButNoBody() {
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply reply =
          connection.exchange(
              "HEAD "
                  + COLLECTION
                  + "/%C0%AF HTTP/1.1\r\nHost: x\r\n"
                  + "X-Request-Id: head-1\r\n\r\n");
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
      assertThat(reply.header("X-Request-Id")).isEqualTo("head-1");
      assertThat(connection.anythingMore(300)).isFalse();
    }
  }

  // ---- 11. HEAD is GET without the body

  @ParameterizedTest(name = "HEAD {0}")
  @ValueSource(
      strings = {
        "/ID",
        "/ID/fees",
        "",
        "/no-such-invoice",
        "/no-such-invoice/fees",
        "/ID?token=wrong"
      })
  void headAnswersLikeGetWithoutTheBody(String path) {
    boolean wrongToken = path.endsWith("?token=wrong");
    String target = COLLECTION + path.replace("ID", invoiceId).replace("?token=wrong", "");
    String token = wrongToken ? "wsk_wrong" : client.token();
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply got = connection.exchange(get(target, token));
      RawHttp.Reply head = connection.exchange(get(target, token).replaceFirst("GET", "HEAD"));
      assertThat(head.status()).isEqualTo(got.status());
      assertThat(head.header("Content-Type")).isEqualTo(got.header("Content-Type"));
      assertThat(head.header("ETag")).isEqualTo(got.header("ETag"));
      assertThat(head.header("X-Request-Id")).isNotBlank();
      assertThat(connection.anythingMore(300)).as("bytes after a HEAD answer").isFalse();
    }
  }

  // ---- 12. Leniencies

  @ParameterizedTest
  @ValueSource(
      strings = {"+5", "%D9%A5", "%EF%BC%95", "5%20", "%205", "05000", "0", "101", "-1", "1e1"})
  void limitTakesAsciiDigitsOnly(String limit) {
    TestApp.Response response = APP.get(COLLECTION + "?limit=" + limit, client.token());

    BadInputTest.assertProblem(response, 400, "INVALID_FIELD", "limit");
  }

  @Test
  void limitWithALeadingZeroIsStillANumber() {
    assertThat(APP.get(COLLECTION + "?limit=05", client.token()).status()).isEqualTo(200);
    // Read as 5: a client with six invoices gets the same five as with limit=5.
    TestApp.Party six = APP.client();
    TestApp.Party member = APP.member();
    for (int i = 0; i < 6; i++) {
      APP.createInvoice(six, member);
    }
    TestApp.Response leadingZero = APP.get(COLLECTION + "?limit=05", six.token());
    assertThat(leadingZero.json()).hasSize(5);
    assertThat(leadingZero.body()).isEqualTo(APP.get(COLLECTION + "?limit=5", six.token()).body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE"})
  void aBodyInAnotherEncodingThanUtf8Is400(String charset) throws Exception {
    byte[] body = "{\"status\":\"Cancelled\"}".getBytes(java.nio.charset.Charset.forName(charset));
    try (RawHttp connection = new RawHttp(port())) {
      connection.send(
          ("PATCH "
                  + COLLECTION
                  + "/"
                  + invoiceId
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + client.token()
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      RawHttp.Reply reply = connection.send(body).read(false);
      assertRawProblem(reply, 400, "INVALID_JSON", null);
    }
    assertThat(APP.get(COLLECTION + "/" + invoiceId, client.token()).json().path("status").asText())
        .isEqualTo("Draft");
  }

  @Test
  void anOversizedBodyAnnouncedWithExpectContinueGets413Before100() {
    try (RawHttp connection = new RawHttp(port())) {
      connection.send(
          "PATCH "
              + COLLECTION
              + "/"
              + invoiceId
              + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
              + client.token()
              + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
              + "Content-Length: 5000000\r\nX-Request-Id: big-1\r\n\r\n");
      assertThat(connection.firstLine()).startsWith("HTTP/1.1 413 ");
    }
    try (RawHttp connection = new RawHttp(port())) {
      RawHttp.Reply reply =
          connection.exchange(
              "PATCH "
                  + COLLECTION
                  + "/"
                  + invoiceId
                  + " HTTP/1.1\r\nHost: x\r\n"
                  + "Authorization: Bearer "
                  + client.token()
                  + "\r\nContent-Type: application/json\r\n"
                  + "Expect: 100-continue\r\nContent-Length: 5000000\r\nX-Request-Id: big-1\r\n\r\n");
      assertRawProblem(reply, 413, "PAYLOAD_TOO_LARGE", "big-1");
    }
  }

  @Test
  void aLineTotalBeyondTheCapIs422() {
    String body =
        "{\"memberId\":\""
            + member.id()
            + "\",\"clientEmail\":\"a@b.co\",\"dueDate\":\"2030-01-01\","
            + "\"lineItems\":[{\"costPerUnit\":999999999999999.9999999999,\"quantity\":999999999999999.9999999999}]}";

    BadInputTest.assertProblem(
        APP.send("POST", COLLECTION, client.token(), body),
        422,
        "VALIDATION_FAILED",
        "lineItems[0].totalCost");
  }

  // ---- helpers

  /**
   * The one error shape, read off the wire: problem+json, the id header equal to the body's (and
   * expected).
   */
  static void assertRawProblem(RawHttp.Reply reply, int status, String code, String requestId) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
    if (requestId != null) {
      assertThat(reply.header("X-Request-Id")).isEqualTo(requestId);
    }
    JsonNode body = reply.json();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("requestId").asText()).isEqualTo(reply.header("X-Request-Id"));
    assertThat(body.path("detail").asText()).isNotEmpty();
    if (code != null) {
      assertThat(body.path("code").asText()).isEqualTo(code);
    }
  }

  static ListAppender<ILoggingEvent> captureLogs() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    return appender;
  }

  static void release(ListAppender<ILoggingEvent> appender) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(appender);
  }
}
