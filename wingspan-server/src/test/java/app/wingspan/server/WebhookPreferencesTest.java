package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.WebhookRow;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The webhook preference routes through the real server: an account's own preferences, checked
 * fields, a write-only secret, and the event names.
 */
class WebhookPreferencesTest {
  private static final TestApp APP = TestApp.shared();
  private static final String PATH = "/integrations/webhooks/preference";
  private static final String SECRET = "s3cret-never-echoed-0123456789";

  /** A server on the shared database that accepts loopback and private-network URLs. */
  private static TestApp permissive;

  @AfterAll
  static void stopPermissive() {
    if (permissive != null) {
      permissive.server.close();
    }
  }

  private static synchronized TestApp permissive() {
    if (permissive == null) {
      permissive =
          TestApp.start(
              Map.of(
                  "WINGSPAN_WEBHOOKS_ALLOW_LOOPBACK", "true",
                  "WINGSPAN_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true"));
    }
    return permissive;
  }

  private static String body(String url, String secret, String events) {
    return "{\"url\":\""
        + url
        + "\",\"sharedSecret\":\""
        + secret
        + "\",\"subscribedEvents\":"
        + events
        + "}";
  }

  private static TestApp.Response create(TestApp app, TestApp.Party party, String url) {
    return app.send(
        "POST", PATH, party.token(), body(url, SECRET, "[\"Invoice.Paid\",\"Invoice.Sent\"]"));
  }

  @Test
  void createListGetPatchAndDeleteTheCallersPreference() {
    TestApp.Party client = APP.client();

    TestApp.Response created = create(APP, client, "https://hooks.example.com/wingspan");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode preference = created.json();
    String id = preference.path("webhookPreferenceId").asText();
    assertThat(id).isNotEmpty();
    assertThat(preference.path("url").asText()).isEqualTo("https://hooks.example.com/wingspan");
    assertThat(preference.path("subscribedEvents").toString())
        .isEqualTo("[\"Invoice.Paid\",\"Invoice.Sent\"]");
    assertThat(preference.path("status").asText()).isEqualTo("Active");
    assertThat(preference.path("createdAt").asText()).isNotEmpty();
    assertThat(WireContracts.OURS.errors("WebhookPreference", preference)).isEmpty();

    TestApp.Response listed = APP.send("GET", PATH, client.token(), null);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json()).hasSize(1);
    assertThat(listed.json().get(0)).isEqualTo(preference);

    TestApp.Response got = APP.send("GET", PATH + "/" + id, client.token(), null);
    assertThat(got.status()).isEqualTo(200);
    assertThat(got.json()).isEqualTo(preference);

    TestApp.Response patched =
        APP.send(
            "PATCH",
            PATH + "/" + id,
            client.token(),
            "{\"url\":\"https://hooks.example.com/v2\",\"subscribedEvents\":[\"Invoice.Overdue\"]}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(WireContracts.OURS.errors("WebhookPreference", patched.json())).isEmpty();
    assertThat(patched.json().path("url").asText()).isEqualTo("https://hooks.example.com/v2");
    assertThat(patched.json().path("subscribedEvents").toString())
        .isEqualTo("[\"Invoice.Overdue\"]");
    assertThat(APP.send("GET", PATH + "/" + id, client.token(), null).json())
        .isEqualTo(patched.json());

    TestApp.Response deleted = APP.send("DELETE", PATH + "/" + id, client.token(), null);
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(APP.send("GET", PATH + "/" + id, client.token(), null).status()).isEqualTo(404);
    assertThat(APP.send("DELETE", PATH + "/" + id, client.token(), null).status()).isEqualTo(404);
    assertThat(APP.send("GET", PATH, client.token(), null).json()).isEmpty();
  }

  @Test
  void anotherAccountsPreferenceIsNotFoundAndUntouched() {
    TestApp.Party owner = APP.client();
    TestApp.Party other = APP.member();
    String id =
        create(APP, owner, "https://hooks.example.com/owner")
            .json()
            .path("webhookPreferenceId")
            .asText();
    create(APP, other, "https://hooks.example.com/other");

    record Attempt(String method, String body) {}
    for (Attempt attempt :
        List.of(
            new Attempt("GET", null),
            new Attempt("PATCH", "{\"url\":\"https://evil.example.com/\"}"),
            new Attempt("DELETE", null))) {
      TestApp.Response answer =
          APP.send(attempt.method(), PATH + "/" + id, other.token(), attempt.body());
      assertThat(answer.status()).as(attempt.method()).isEqualTo(404);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().path("code").asText()).isEqualTo("NOT_FOUND");
    }
    assertThat(APP.send("GET", PATH, other.token(), null).json())
        .extracting(node -> node.path("url").asText())
        .containsExactly("https://hooks.example.com/other");
    TestApp.Response mine = APP.send("GET", PATH + "/" + id, owner.token(), null);
    assertThat(mine.json().path("url").asText()).isEqualTo("https://hooks.example.com/owner");
  }

  @Test
  void everyRouteWantsAToken() {
    for (String[] route :
        new String[][] {
          {"GET", PATH},
          {"POST", PATH},
          {"GET", PATH + "/x"},
          {"PATCH", PATH + "/x"},
          {"DELETE", PATH + "/x"},
          {"GET", "/integrations/webhooks/eventnames"}
        }) {
      TestApp.Response answer =
          APP.send(
              route[0],
              route[1],
              "wsk_wrong",
              route[0].equals("POST") || route[0].equals("PATCH") ? "{}" : null);
      assertThat(answer.status()).as("%s %s", route[0], route[1]).isEqualTo(401);
    }
  }

  static Stream<Arguments> refusedCreates() {
    String events = "[\"Invoice.Paid\"]";
    String url = "https://hooks.example.com/x";
    return Stream.of(
        Arguments.of(
            "no url",
            "{\"sharedSecret\":\"" + SECRET + "\",\"subscribedEvents\":" + events + "}",
            422,
            "VALIDATION_FAILED",
            "url"),
        Arguments.of(
            "no secret",
            "{\"url\":\"" + url + "\",\"subscribedEvents\":" + events + "}",
            422,
            "VALIDATION_FAILED",
            "sharedSecret"),
        Arguments.of(
            "no events",
            "{\"url\":\"" + url + "\",\"sharedSecret\":\"" + SECRET + "\"}",
            422,
            "VALIDATION_FAILED",
            "subscribedEvents"),
        Arguments.of(
            "http to a public host",
            body("http://hooks.example.com/x", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "http to loopback without the flag",
            body("http://127.0.0.1:8080/x", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "https to loopback without the flag",
            body("https://localhost/x", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "a private network without the flag",
            body("https://10.1.2.3/x", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "the metadata address",
            body("https://169.254.169.254/latest", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "user info in the URL",
            body("https://user:pw@hooks.example.com/x", SECRET, events),
            422,
            "WEBHOOK_URL_REFUSED",
            "url"),
        Arguments.of(
            "not a URL", body("not a url", SECRET, events), 422, "WEBHOOK_URL_REFUSED", "url"),
        Arguments.of(
            "a short secret", body(url, "short", events), 422, "VALIDATION_FAILED", "sharedSecret"),
        Arguments.of(
            "an unknown event",
            body(url, SECRET, "[\"Invoice.Paid\",\"Invoice.Eaten\"]"),
            422,
            "VALIDATION_FAILED",
            "subscribedEvents[1]"),
        Arguments.of(
            "an event twice",
            body(url, SECRET, "[\"Invoice.Paid\",\"Invoice.Paid\"]"),
            422,
            "VALIDATION_FAILED",
            "subscribedEvents[1]"),
        Arguments.of(
            "no event", body(url, SECRET, "[]"), 422, "VALIDATION_FAILED", "subscribedEvents"),
        Arguments.of(
            "an unknown field",
            "{\"url\":\""
                + url
                + "\",\"sharedSecret\":\""
                + SECRET
                + "\",\"subscribedEvents\":"
                + events
                + ",\"colour\":\"red\"}",
            400,
            null,
            "colour"),
        Arguments.of("events not an array", body(url, SECRET, "\"Invoice.Paid\""), 400, null, null),
        Arguments.of("not JSON", "{\"url\":", 400, "INVALID_JSON", null),
        Arguments.of("no body", "", 400, "INVALID_JSON", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCreates")
  void aRefusedCreateNamesTheFieldAndStoresNothing(
      String name, String body, int status, String code, String param) {
    TestApp.Party client = APP.client();
    TestApp.Response answer =
        APP.send(
            "POST",
            PATH,
            client.token(),
            body.isEmpty() ? null : body,
            body.isEmpty() ? new String[] {"Content-Type", "application/json"} : new String[0]);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    if (code != null) {
      assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }
    if (param != null) {
      assertThat(answer.json().path("param").asText()).isEqualTo(param);
    }
    assertThat(answer.body()).doesNotContain(SECRET);
    assertThat(APP.send("GET", PATH, client.token(), null).json()).isEmpty();
  }

  static Stream<Arguments> refusedPatches() {
    return Stream.of(
        Arguments.of("{\"url\":\"http://hooks.example.com/\"}", 422, "WEBHOOK_URL_REFUSED", "url"),
        Arguments.of("{\"sharedSecret\":\"short\"}", 422, "VALIDATION_FAILED", "sharedSecret"),
        Arguments.of(
            "{\"subscribedEvents\":[\"Nope\"]}", 422, "VALIDATION_FAILED", "subscribedEvents[0]"),
        Arguments.of("{\"subscribedEvents\":[]}", 422, "VALIDATION_FAILED", "subscribedEvents"),
        // Requests must use a listed status: an unknown one is not read at all.
        Arguments.of("{\"status\":\"Paused\"}", 400, "INVALID_FIELD", "status"),
        Arguments.of("{\"url\":\"https://x.example.com/\",\"extra\":1}", 400, null, "extra"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPatches")
  void aRefusedPatchNamesTheFieldAndChangesNothing(
      String patch, int status, String code, String param) {
    TestApp.Party client = APP.client();
    JsonNode before = create(APP, client, "https://hooks.example.com/keep").json();
    String id = before.path("webhookPreferenceId").asText();
    TestApp.Response answer = APP.send("PATCH", PATH + "/" + id, client.token(), patch);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    if (code != null) {
      assertThat(answer.json().path("code").asText()).isEqualTo(code);
    }
    assertThat(answer.json().path("param").asText()).isEqualTo(param);
    assertThat(APP.send("GET", PATH + "/" + id, client.token(), null).json()).isEqualTo(before);
  }

  @Test
  void loopbackAndPrivateNetworkUrlsNeedTheirFlags() {
    TestApp app = permissive();
    TestApp.Party client = app.client();
    for (String url :
        List.of(
            "http://127.0.0.1:9999/hook",
            "http://localhost:9999/hook",
            "https://10.1.2.3/hook",
            "https://192.168.1.20/hook")) {
      TestApp.Response created = create(app, client, url);
      assertThat(created.status()).as("%s: %s", url, created.body()).isEqualTo(201);
    }
    // Never the metadata address, whatever the flags.
    assertThat(create(app, client, "https://169.254.169.254/").status()).isEqualTo(422);
  }

  @Test
  void theSecretIsNeverEchoedNorLoggedAndRotationKeepsTheOldOneADay() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Level previous = root.getLevel();
    root.setLevel(Level.DEBUG);
    captured.start();
    root.addAppender(captured);
    String rotated = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    List<String> bodies = new ArrayList<>();
    String id;
    TestApp.Party client = APP.client();
    try {
      TestApp.Response created = create(APP, client, "https://hooks.example.com/secret");
      bodies.add(created.body());
      id = created.json().path("webhookPreferenceId").asText();
      bodies.add(APP.send("GET", PATH, client.token(), null).body());
      bodies.add(APP.send("GET", PATH + "/" + id, client.token(), null).body());
      bodies.add(
          APP.send(
                  "PATCH",
                  PATH + "/" + id,
                  client.token(),
                  "{\"sharedSecret\":\"" + rotated + "\"}")
              .body());
      // Refusals too: a bad secret, and a body the decoder refuses with the secret in it.
      bodies.add(
          APP.send(
                  "PATCH",
                  PATH + "/" + id,
                  client.token(),
                  "{\"sharedSecret\":\"" + SECRET + "\",\"x\":1}")
              .body());
      bodies.add(
          APP.send(
                  "POST",
                  PATH,
                  client.token(),
                  body("http://10.0.0.1/", SECRET, "[\"Invoice.Paid\"]"))
              .body());
      bodies.add(
          APP.send(
                  "POST",
                  PATH,
                  client.token(),
                  "{\"sharedSecret\":" + "\"" + SECRET + "\"" + ",\"url\":5}")
              .body());
    } finally {
      root.detachAppender(captured);
      root.setLevel(previous);
    }
    for (String body : bodies) {
      assertThat(body)
          .doesNotContain(SECRET)
          .doesNotContain(rotated)
          .doesNotContain("sharedSecret\":\"");
    }
    for (ILoggingEvent event : captured.list) {
      String line =
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()));
      assertThat(line).doesNotContain(SECRET).doesNotContain(rotated);
    }

    WebhookRow row = APP.store().webhooks().find(client.id(), id).orElseThrow();
    assertThat(row.toString()).doesNotContain(SECRET).doesNotContain(rotated);
    assertThat(row.sharedSecret()).isEqualTo(rotated);
    assertThat(row.previousSecret()).isEqualTo(SECRET);
    assertThat(Duration.between(row.updatedAt(), row.previousSecretExpiresAt()))
        .isEqualTo(Duration.ofHours(24));
    assertThat(row.signingSecrets(row.updatedAt())).containsExactly(rotated, SECRET);
    assertThat(row.signingSecrets(row.previousSecretExpiresAt())).containsExactly(rotated);
  }

  @Test
  void anAccountCanDisableAndEnableItsEndpoint() {
    TestApp.Party client = APP.client();
    String id =
        create(APP, client, "https://hooks.example.com/d")
            .json()
            .path("webhookPreferenceId")
            .asText();
    JsonNode disabled =
        APP.send("PATCH", PATH + "/" + id, client.token(), "{\"status\":\"Disabled\"}").json();
    assertThat(disabled.path("status").asText()).isEqualTo("Disabled");
    assertThat(disabled.path("disabledReason").asText()).isEqualTo("disabled by its account");
    JsonNode enabled =
        APP.send("PATCH", PATH + "/" + id, client.token(), "{\"status\":\"Active\"}").json();
    assertThat(enabled.path("status").asText()).isEqualTo("Active");
    assertThat(enabled.has("disabledReason")).isFalse();
  }

  @Test
  void anEventsSubscribersAreTheActivePreferencesOfItsAccountsThatChoseIt() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    TestApp.Party stranger = APP.client();
    String paid =
        create(APP, client, "https://hooks.example.com/c")
            .json()
            .path("webhookPreferenceId")
            .asText();
    String memberPaid =
        create(APP, member, "https://hooks.example.com/m")
            .json()
            .path("webhookPreferenceId")
            .asText();
    APP.send(
        "POST",
        PATH,
        client.token(),
        body("https://hooks.example.com/o", SECRET, "[\"Invoice.Overdue\"]"));
    create(APP, stranger, "https://hooks.example.com/s");
    String disabled =
        create(APP, member, "https://hooks.example.com/d")
            .json()
            .path("webhookPreferenceId")
            .asText();
    assertThat(
            APP.store()
                .webhooks()
                .disable(disabled, java.time.Instant.now(), "deliveries failed for 5 days"))
        .isTrue();
    assertThat(APP.store().webhooks().disable(disabled, java.time.Instant.now(), "again"))
        .isFalse();

    List<WebhookRow> subscribers =
        APP.store()
            .inTransaction(
                tx ->
                    APP.store()
                        .webhooks()
                        .activeSubscribers(tx, List.of(client.id(), member.id()), "Invoice.Paid"));

    assertThat(subscribers).extracting(WebhookRow::id).containsExactlyInAnyOrder(paid, memberPaid);
    JsonNode shown = APP.send("GET", PATH + "/" + disabled, member.token(), null).json();
    assertThat(shown.path("status").asText()).isEqualTo("Disabled");
    assertThat(shown.path("disabledReason").asText()).isEqualTo("deliveries failed for 5 days");
  }

  @Test
  void concurrentCreatesStopAtTheAccountsLimit() throws Exception {
    TestApp.Party client = APP.client();
    int attempts = 26;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < attempts; i++) {
        String url = "https://hooks.example.com/n" + i;
        answers.add(pool.submit(() -> create(APP, client, url).status()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (java.util.concurrent.Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).filteredOn(status -> status == 201).hasSize(20);
      assertThat(statuses).filteredOn(status -> status == 422).hasSize(attempts - 20);
    } finally {
      pool.shutdownNow();
    }
    assertThat(APP.send("GET", PATH, client.token(), null).json()).hasSize(20);
  }

  @Test
  void eventNamesListsEveryInvoiceEventWithItsMeaning() {
    TestApp.Response answer =
        APP.send("GET", "/integrations/webhooks/eventnames", APP.member().token(), null);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json())
        .extracting(node -> node.path("eventName").asText())
        .containsExactly(
            "Invoice.Sent",
            "Invoice.Opened",
            "Invoice.PaymentInTransit",
            "Invoice.Paid",
            "Invoice.PaymentFailed",
            "Invoice.Cancelled",
            "Invoice.Overdue");
    assertThat(answer.json())
        .allSatisfy(node -> assertThat(node.path("description").asText()).isNotBlank());
    answer
        .json()
        .forEach(node -> assertThat(WireContracts.OURS.errors("WebhookEventName", node)).isEmpty());
  }
}
