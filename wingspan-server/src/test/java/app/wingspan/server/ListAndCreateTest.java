package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.ApiTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating (with idempotency keys) and listing with keyset paging. */
class ListAndCreateTest {
  private static final TestApp APP = TestApp.shared();

  @Test
  void createAnswers200WithADraftAndTheMembersDetails() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();

    TestApp.Response created =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), TestApp.createBody(member.id()));

    assertThat(created.status()).isEqualTo(200);
    JsonNode invoice = created.json();
    assertThat(invoice.path("status").asText()).isEqualTo("Draft");
    assertThat(invoice.path("invoiceNumber").asText()).isEmpty();
    assertThat(invoice.path("amount").decimalValue()).isEqualByComparingTo("150.00");
    assertThat(invoice.path("memberName").asText()).isEqualTo("Mia Member");
    assertThat(invoice.path("memberCompany").asText()).isEqualTo("Mia Member Co");
    assertThat(invoice.path("memberAddress").path("city").asText()).isEqualTo("Austin");
    assertThat(invoice.path("memberClient").path("memberId").asText()).isEqualTo(member.id());
    assertThat(invoice.path("memberClient").path("clientId").asText()).isEqualTo(client.id());
    assertThat(
            APP.get(
                    "/payments/client/invoice/" + invoice.path("invoiceId").asText(),
                    client.token())
                .body())
        .isEqualTo(created.body());
  }

  @Test
  void theRelationshipIsCreatedOnceAndReused() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();

    String first = APP.createInvoice(client, member);
    String second = APP.createInvoice(client, member);

    assertThat(memberClientId(client, first)).isEqualTo(memberClientId(client, second));
  }

  @Test
  void aMemberCannotCreateClientInvoices() {
    TestApp.Party member = APP.member();

    TestApp.Response response =
        APP.send(
            "POST", "/payments/client/invoice", member.token(), TestApp.createBody(member.id()));

    assertProblem(response, 422, "NOT_A_CLIENT", null);
  }

  @Test
  void aClientCannotBeTheMember() {
    TestApp.Party client = APP.client();

    TestApp.Response response =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), TestApp.createBody(client.id()));

    assertProblem(response, 422, "VALIDATION_FAILED", "memberId");
  }

  @Test
  void listPagesNewestFirstWithAnOpaqueCursor() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(APP.createInvoice(client, member));
    }
    List<String> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);

    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      TestApp.Response page =
          APP.get(
              "/payments/client/invoice?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
              client.token());
      assertThat(page.status()).isEqualTo(200);
      pageSizes.add(page.json().size());
      page.json().forEach(invoice -> seen.add(invoice.path("invoiceId").asText()));
      cursor = page.header("X-Next-Cursor");
    } while (cursor != null);

    assertThat(seen).isEqualTo(newestFirst);
    assertThat(pageSizes).containsExactly(2, 2, 1);
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "limit=", "limit=-1"})
  void badLimitIs400NamingIt(String query) {
    TestApp.Response response = APP.get("/payments/client/invoice?" + query, APP.client().token());

    assertProblem(response, 400, "INVALID_FIELD", "limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cursor=garbage", "cursor=bm90LWEtY3Vyc29y", "cursor=%3A"})
  void badCursorIs400NamingIt(String query) {
    TestApp.Response response = APP.get("/payments/client/invoice?" + query, APP.client().token());

    assertProblem(response, 400, "INVALID_FIELD", "cursor");
  }

  @Test
  void idempotentCreateReplaysTheFirstResponse() {
    TestApp.Party client = APP.client();
    String body = TestApp.createBody(APP.member().id());

    TestApp.Response first =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), body, "Idempotency-Key", "k-1");
    TestApp.Response replay =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), body, "Idempotency-Key", "k-1");
    TestApp.Response otherKey =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), body, "Idempotency-Key", "k-2");

    assertThat(first.status()).isEqualTo(200);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(otherKey.json().path("invoiceId").asText())
        .isNotEqualTo(first.json().path("invoiceId").asText());
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(2);
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    APP.send(
        "POST",
        "/payments/client/invoice",
        client.token(),
        TestApp.createBody(member.id()),
        "Idempotency-Key",
        "k");

    TestApp.Response reused =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(member.id(), "2031-01-01"),
            "Idempotency-Key",
            "k");

    assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(1);
  }

  @Test
  void keysAreScopedToTheCaller() {
    TestApp.Party member = APP.member();
    TestApp.Party one = APP.client();
    TestApp.Party two = APP.client();

    TestApp.Response first =
        APP.send(
            "POST",
            "/payments/client/invoice",
            one.token(),
            TestApp.createBody(member.id()),
            "Idempotency-Key",
            "shared");
    TestApp.Response other =
        APP.send(
            "POST",
            "/payments/client/invoice",
            two.token(),
            TestApp.createBody(member.id(), "2031-01-01"),
            "Idempotency-Key",
            "shared");

    assertThat(other.status()).isEqualTo(200);
    // Another caller's key is another request: a new invoice of its own, not the first's replay.
    assertThat(other.header("Idempotent-Replayed")).isNull();
    String firstId = first.json().path("invoiceId").asText();
    String otherId = other.json().path("invoiceId").asText();
    assertThat(otherId).isNotEqualTo(firstId);
    assertThat(other.json().path("dueDate").asText()).isEqualTo("2031-01-01");
    assertThat(other.json().path("memberClient").path("clientId").asText()).isEqualTo(two.id());
    assertThat(APP.get("/payments/client/invoice", one.token()).json())
        .extracting(invoice -> invoice.path("invoiceId").asText())
        .containsExactly(firstId);
    assertThat(APP.get("/payments/client/invoice", two.token()).json())
        .extracting(invoice -> invoice.path("invoiceId").asText())
        .containsExactly(otherId);
  }

  @Test
  void aRefusedCreateLeavesTheKeyFreeForACorrectedRetry() {
    TestApp.Party client = APP.client();
    TestApp.Party member = APP.member();
    TestApp.Response refused =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(member.id(), "soon"),
            "Idempotency-Key",
            "fix-me");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().path("param").asText()).isEqualTo("dueDate");
    assertThat(APP.get("/payments/client/invoice", client.token()).json())
        .as("a refused create creates nothing")
        .isEmpty();

    TestApp.Response fixed =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(member.id()),
            "Idempotency-Key",
            "fix-me");

    assertThat(fixed.status()).isEqualTo(200);
    // The corrected body was created (not the refusal replayed), once, and the key now holds it.
    assertThat(fixed.header("Idempotent-Replayed")).isNull();
    assertThat(fixed.json().path("dueDate").asText())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
    String id = fixed.json().path("invoiceId").asText();
    assertThat(APP.get("/payments/client/invoice", client.token()).json())
        .extracting(invoice -> invoice.path("invoiceId").asText())
        .containsExactly(id);
    TestApp.Response replay =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(member.id()),
            "Idempotency-Key",
            "fix-me");
    assertThat(replay.body()).isEqualTo(fixed.body());
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void idempotencyKeyLengthIsChecked(int length) {
    TestApp.Party client = APP.client();
    String key = "k".repeat(length);

    TestApp.Response response =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(APP.member().id()),
            "Idempotency-Key",
            key);

    if (length <= 255) {
      assertThat(response.status()).isEqualTo(200);
    } else {
      assertProblem(response, 400, "INVALID_FIELD", "Idempotency-Key");
    }
  }

  @Test
  void concurrentReplaysOfOneKeyCreateExactlyOneInvoice() throws Exception {
    TestApp.Party client = APP.client();
    String body = TestApp.createBody(APP.member().id());
    int callers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<TestApp.Response>> futures = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      Callable<TestApp.Response> call =
          () -> {
            start.await();
            return APP.send(
                "POST",
                "/payments/client/invoice",
                client.token(),
                body,
                "Idempotency-Key",
                "race");
          };
      futures.add(pool.submit(call));
    }
    start.countDown();
    List<TestApp.Response> responses = new ArrayList<>();
    for (Future<TestApp.Response> future : futures) {
      responses.add(future.get());
    }
    pool.shutdown();

    assertThat(responses)
        .extracting(TestApp.Response::status)
        .allMatch(s -> s == 200 || s == 409)
        .contains(200);
    assertThat(
            responses.stream()
                .filter(r -> r.status() == 200)
                .map(TestApp.Response::body)
                .distinct())
        .hasSize(1);
    responses.stream()
        .filter(r -> r.status() == 409)
        .forEach(r -> assertProblem(r, 409, "IDEMPOTENCY_KEY_IN_USE", "Idempotency-Key"));
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(1);
    TestApp.Response later =
        APP.send(
            "POST", "/payments/client/invoice", client.token(), body, "Idempotency-Key", "race");
    assertThat(later.status()).isEqualTo(200);
    assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(1);
  }

  @ParameterizedTest(name = "running for {0} s -> {1}")
  @org.junit.jupiter.params.provider.CsvSource({"5, 409", "180, 200"})
  void aKeyStillRunningIs409UntilItIsPlainlyAbandoned(int ageSeconds, int status) throws Exception {
    TestApp.Party client = APP.client();
    String body = TestApp.createBody(APP.member().id());
    try (var connection = java.sql.DriverManager.getConnection(TestDatabase.jdbcUrl());
        var insert =
            connection.prepareStatement(
                "insert into idempotency_keys (account_id, method, path, key, request_hash, state, created_at)"
                    + " values (?, 'POST', '/payments/client/invoice', 'in-flight', ?, 'running',"
                    + " now() - make_interval(secs => ?))")) {
      insert.setString(1, client.id());
      insert.setBytes(2, ApiTokens.sha256(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      insert.setInt(3, ageSeconds);
      insert.executeUpdate();
    }

    TestApp.Response response =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            body,
            "Idempotency-Key",
            "in-flight");

    if (status == 409) {
      assertProblem(response, 409, "IDEMPOTENCY_KEY_IN_USE", "Idempotency-Key");
      assertThat(APP.get("/payments/client/invoice", client.token()).json()).isEmpty();
    } else {
      assertThat(response.status()).isEqualTo(200);
      assertThat(APP.get("/payments/client/invoice", client.token()).json()).hasSize(1);
    }
  }

  private static String memberClientId(TestApp.Party client, String invoiceId) {
    return APP.get("/payments/client/invoice/" + invoiceId, client.token())
        .json()
        .path("memberClient")
        .path("memberClientId")
        .asText();
  }
}
