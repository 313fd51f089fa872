package app.wingspan.server;

import app.wingspan.server.json.ServerJson;
import app.wingspan.server.store.Account;
import app.wingspan.server.store.AccountKind;
import app.wingspan.server.store.ApiTokens;
import app.wingspan.server.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A real server on the shared test database, on a free port, plus an HTTP client and fixtures.
 * Tests create their own accounts, so they never depend on each other.
 */
final class TestApp {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static TestApp shared;

  final WingspanServer server;
  private final String base;

  TestApp(WingspanServer server) {
    this.server = server;
    this.base = "http://localhost:" + server.port();
  }

  private TestApp(int port) {
    this.server = null;
    this.base = "http://localhost:" + port;
  }

  /** An HTTP client of a server running elsewhere (another process). */
  static TestApp at(int port) {
    return new TestApp(port);
  }

  /** The server most tests share (started once per JVM). */
  static synchronized TestApp shared() {
    if (shared == null) {
      shared = start(Map.of());
      Runtime.getRuntime().addShutdownHook(new Thread(shared.server::close));
    }
    return shared;
  }

  /**
   * A server of its own, on the shared database, with the invoice cache off: every read is a SQL
   * read, as with replicas sharing a database (the README's setup for them). Tests that prove a
   * promise in both setups run it beside {@link #shared()}; the caller closes it (its settlement
   * worker shares the queue with the shared server's).
   */
  static TestApp withoutInvoiceCache() {
    return start(Map.of("WINGSPAN_INVOICE_CACHE", "false"));
  }

  /** A server of its own, on the shared database, with extra {@code WINGSPAN_*} settings. */
  static TestApp start(Map<String, String> environment) {
    return startOn(TestDatabase.jdbcUrl(), environment);
  }

  /**
   * A server of its own on the database at {@code jdbcUrl}, with extra {@code WINGSPAN_*} settings.
   */
  static TestApp startOn(String jdbcUrl, Map<String, String> environment) {
    java.util.HashMap<String, String> env = new java.util.HashMap<>(environment);
    env.put("WINGSPAN_DATABASE_URL", jdbcUrl);
    env.put("WINGSPAN_DATABASE_USER", "postgres");
    env.put("WINGSPAN_PORT", "0");
    env.putIfAbsent("WINGSPAN_LOG_LEVEL", "WARN");
    // As with the embedded database: reads come from the invoice cache. Tests where another process
    // (or a test
    // with SQL) writes the same invoices turn it off.
    env.putIfAbsent("WINGSPAN_INVOICE_CACHE", "true");
    // As with the embedded database: the test processor, with bank debits settling quickly.
    env.putIfAbsent("WINGSPAN_PAYMENT_PROCESSOR", "test");
    env.putIfAbsent("WINGSPAN_ACH_SETTLEMENT_DELAY", "300ms");
    return new TestApp(WingspanServer.start(config(env)));
  }

  static ServerConfig config(Map<String, String> env, String... args) {
    picocli.CommandLine cl = Main.commandLine(env);
    cl.parseArgs(args);
    return ((Main) cl.getCommand()).config();
  }

  Store store() {
    return server.store();
  }

  String base() {
    return base;
  }

  // ---- fixtures

  /** A member with a token. */
  Party member() {
    return party(AccountKind.MEMBER, "Mia Member");
  }

  /** A client with a token. */
  Party client() {
    return party(AccountKind.CLIENT, "Carl Client");
  }

  private Party party(AccountKind kind, String name) {
    Account account =
        store()
            .createAccount(
                kind,
                name,
                name + " Co",
                name.toLowerCase().replace(' ', '.') + "@example.test",
                "{\"addressLine1\":\"1 Main St\",\"city\":\"Austin\",\"postalCode\":\"78701\",\"state\":\"TX\"}",
                "https://example.test/logo.png");
    String token = ApiTokens.generate();
    store().addToken(account.id(), ApiTokens.hash(token));
    return new Party(account.id(), token);
  }

  /** An account id and its bearer token. */
  record Party(String id, String token) {}

  static String createBody(String memberId) {
    return createBody(memberId, LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
  }

  static String createBody(String memberId, String dueDate) {
    return "{\"memberId\":\""
        + memberId
        + "\",\"clientEmail\":\"carl@example.test\",\"dueDate\":\""
        + dueDate
        + "\",\"lineItems\":[{\"description\":\"Design\",\"costPerUnit\":100.00,\"quantity\":1.5}]}";
  }

  /** Creates a Draft invoice of {@code client} owed to {@code member}; returns its id. */
  String createInvoice(Party client, Party member) {
    Response created =
        send("POST", "/payments/client/invoice", client.token(), createBody(member.id()));
    if (created.status() != 200) {
      throw new AssertionError("create failed: " + created.status() + " " + created.body());
    }
    return created.json().path("invoiceId").asText();
  }

  /**
   * Creates an invoice of {@code client} owed to {@code member} due on {@code dueDate} and sends it
   * (Open).
   */
  String sentInvoice(Party client, Party member, String dueDate) {
    Response created =
        send("POST", "/payments/client/invoice", client.token(), createBody(member.id(), dueDate));
    if (created.status() != 200) {
      throw new AssertionError("create failed: " + created.status() + " " + created.body());
    }
    String id = created.json().path("invoiceId").asText();
    Response sent =
        send("PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Open\"}");
    if (sent.status() != 200) {
      throw new AssertionError("send failed: " + sent.status() + " " + sent.body());
    }
    return id;
  }

  /** A sent invoice due in 30 days. */
  String sentInvoice(Party client, Party member) {
    return sentInvoice(client, member, LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
  }

  /** {@code POST .../pay} with {@code body} and optional extra headers. */
  Response pay(Party client, String invoiceId, String body, String... headers) {
    return send(
        "POST", "/payments/client/invoice/" + invoiceId + "/pay", client.token(), body, headers);
  }

  /**
   * Reads the invoice until {@code done} holds (bank debits settle in the background); fails after
   * 20 s.
   */
  Response await(Party client, String id, java.util.function.Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Response last;
    do {
      last = get("/payments/client/invoice/" + id, client.token());
      if (last.status() == 200 && done.test(last.json())) {
        return last;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError("invoice " + id + " did not get there within 20 s: " + last.body());
  }

  // ---- HTTP

  /** One HTTP exchange, decoded. */
  record Response(int status, HttpResponse<String> raw) {
    String body() {
      return raw.body();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    JsonNode json() {
      try {
        return ServerJson.mapper().readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }
  }

  Response send(String method, String path, String token, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    boolean hasContentType = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      hasContentType |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !hasContentType) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      // Every answer any test provokes must satisfy our contract and both of Wingspan's.
      WireContracts.assertConforms(
          method,
          path,
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
      return new Response(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Response get(String path, String token) {
    return send("GET", path, token, null);
  }
}
