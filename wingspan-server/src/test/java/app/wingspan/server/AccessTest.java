package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.ApiTokens;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An invoice exists only for its client: everyone else gets 401 (no identity) or the 404 of a
 * missing id. Proven in both setups the README promises it for: one server reading through its
 * invoice cache, and a server with the cache off (as replicas sharing a database run), where every
 * read is a SQL read.
 */
class AccessTest {
  private static final Map<Setup, World> WORLDS = new EnumMap<>(Setup.class);
  private static TestApp withoutCache;

  /** Where the requests go. */
  enum Setup {
    INVOICE_CACHE_ON,
    INVOICE_CACHE_OFF
  }

  /** One setup's server and its parties: an invoice of {@code owner} owed to {@code member}. */
  record World(
      TestApp app,
      TestApp.Party member,
      TestApp.Party owner,
      TestApp.Party otherClient,
      String invoiceId) {
    static World on(TestApp app) {
      TestApp.Party member = app.member();
      TestApp.Party owner = app.client();
      return new World(app, member, owner, app.client(), app.createInvoice(owner, member));
    }
  }

  @BeforeAll
  static void invoices() {
    withoutCache = TestApp.withoutInvoiceCache();
    WORLDS.put(Setup.INVOICE_CACHE_ON, World.on(TestApp.shared()));
    WORLDS.put(Setup.INVOICE_CACHE_OFF, World.on(withoutCache));
  }

  @AfterAll
  static void stop() {
    withoutCache.server.close();
  }

  enum Caller {
    NO_TOKEN(w -> null),
    UNKNOWN_TOKEN(w -> ApiTokens.generate()),
    MALFORMED_TOKEN(w -> "not a token at all"),
    OTHER_CLIENT(w -> w.otherClient().token()),
    THE_MEMBER(w -> w.member().token());

    final Function<World, String> token;

    Caller(Function<World, String> token) {
      this.token = token;
    }
  }

  static Stream<Arguments> matrix() {
    String[][] operations = {
      {"GET", "/payments/client/invoice/ID", null},
      {"PATCH", "/payments/client/invoice/ID", "{\"status\":\"Cancelled\"}"},
      {"GET", "/payments/client/invoice/ID/fees", null},
      {"POST", "/payments/client/invoice/ID/pay", "{}"},
    };
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Setup setup : Setup.values()) {
      for (String[] operation : operations) {
        for (Caller caller : Caller.values()) {
          int status = caller == Caller.OTHER_CLIENT || caller == Caller.THE_MEMBER ? 404 : 401;
          cases.add(Arguments.of(setup, operation[0], operation[1], operation[2], caller, status));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}: {1} {2} as {4} -> {5}")
  @MethodSource("matrix")
  void onlyTheInvoicesClientSeesIt(
      Setup setup, String method, String path, String body, Caller caller, int status) {
    World world = WORLDS.get(setup);
    TestApp app = world.app();
    String invoiceId = world.invoiceId();
    String token = caller.token.apply(world);

    TestApp.Response response = app.send(method, path.replace("ID", invoiceId), token, body);

    assertProblem(response, status, status == 401 ? "UNAUTHORIZED" : "NOT_FOUND", null);
    if (status == 401) {
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    } else {
      // Indistinguishable from an id that was never issued.
      TestApp.Response missing =
          app.send(method, path.replace("ID", "x" + invoiceId.substring(1)), token, body);
      assertThat(withoutRequestId(response.body()).replace(invoiceId, "?"))
          .isEqualTo(withoutRequestId(missing.body()).replace("x" + invoiceId.substring(1), "?"));
    }
    assertThat(
            app.get("/payments/client/invoice/" + invoiceId, world.owner().token())
                .json()
                .path("status")
                .asText())
        .isEqualTo("Draft");
  }

  @ParameterizedTest(name = "{0}: list as {1}")
  @MethodSource("listCallers")
  void listShowsOnlyTheCallersInvoices(Setup setup, Caller caller, int status, int count) {
    World world = WORLDS.get(setup);
    TestApp.Response response =
        world.app().get("/payments/client/invoice", caller.token.apply(world));

    assertThat(response.status()).isEqualTo(status);
    if (status == 200) {
      assertThat(response.json()).hasSize(count);
    }
  }

  static Stream<Arguments> listCallers() {
    return Stream.of(Setup.values())
        .flatMap(
            setup ->
                Stream.of(
                    Arguments.of(setup, Caller.NO_TOKEN, 401, 0),
                    Arguments.of(setup, Caller.UNKNOWN_TOKEN, 401, 0),
                    Arguments.of(setup, Caller.OTHER_CLIENT, 200, 0),
                    Arguments.of(setup, Caller.THE_MEMBER, 200, 0)));
  }

  private static String withoutRequestId(String body) {
    return body.replaceAll("\"requestId\":\"[^\"]*\"", "");
  }
}
