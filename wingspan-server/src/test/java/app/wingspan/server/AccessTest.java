package app.wingspan.server;

import static app.wingspan.server.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.store.ApiTokens;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An invoice exists only for its client: everyone else gets 401 (no identity) or the 404 of a
 * missing id.
 */
class AccessTest {
  private static final TestApp APP = TestApp.shared();
  private static TestApp.Party member;
  private static TestApp.Party owner;
  private static TestApp.Party otherClient;
  private static String invoiceId;

  @BeforeAll
  static void invoice() {
    member = APP.member();
    owner = APP.client();
    otherClient = APP.client();
    invoiceId = APP.createInvoice(owner, member);
  }

  enum Caller {
    NO_TOKEN(p -> null),
    UNKNOWN_TOKEN(p -> ApiTokens.generate()),
    MALFORMED_TOKEN(p -> "not a token at all"),
    OTHER_CLIENT(p -> otherClient.token()),
    THE_MEMBER(p -> member.token());

    final Function<Void, String> token;

    Caller(Function<Void, String> token) {
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
    for (String[] operation : operations) {
      cases.add(Arguments.of(operation[0], operation[1], operation[2], Caller.NO_TOKEN, 401));
      cases.add(Arguments.of(operation[0], operation[1], operation[2], Caller.UNKNOWN_TOKEN, 401));
      cases.add(
          Arguments.of(operation[0], operation[1], operation[2], Caller.MALFORMED_TOKEN, 401));
      cases.add(Arguments.of(operation[0], operation[1], operation[2], Caller.OTHER_CLIENT, 404));
      cases.add(Arguments.of(operation[0], operation[1], operation[2], Caller.THE_MEMBER, 404));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} {1} as {3} -> {4}")
  @MethodSource("matrix")
  void onlyTheInvoicesClientSeesIt(
      String method, String path, String body, Caller caller, int status) {
    String token = caller.token.apply(null);

    TestApp.Response response = APP.send(method, path.replace("ID", invoiceId), token, body);

    assertProblem(response, status, status == 401 ? "UNAUTHORIZED" : "NOT_FOUND", null);
    if (status == 401) {
      assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    } else {
      // Indistinguishable from an id that was never issued.
      TestApp.Response missing =
          APP.send(method, path.replace("ID", "x" + invoiceId.substring(1)), token, body);
      assertThat(withoutRequestId(response.body()).replace(invoiceId, "?"))
          .isEqualTo(withoutRequestId(missing.body()).replace("x" + invoiceId.substring(1), "?"));
    }
    assertThat(
            APP.get("/payments/client/invoice/" + invoiceId, owner.token())
                .json()
                .path("status")
                .asText())
        .isEqualTo("Draft");
  }

  @ParameterizedTest(name = "list as {0}")
  @MethodSource("listCallers")
  void listShowsOnlyTheCallersInvoices(Caller caller, int status, int count) {
    TestApp.Response response = APP.get("/payments/client/invoice", caller.token.apply(null));

    assertThat(response.status()).isEqualTo(status);
    if (status == 200) {
      assertThat(response.json()).hasSize(count);
    }
  }

  static Stream<Arguments> listCallers() {
    return Stream.of(
        Arguments.of(Caller.NO_TOKEN, 401, 0),
        Arguments.of(Caller.UNKNOWN_TOKEN, 401, 0),
        Arguments.of(Caller.OTHER_CLIENT, 200, 0),
        Arguments.of(Caller.THE_MEMBER, 200, 0));
  }

  private static String withoutRequestId(String body) {
    return body.replaceAll("\"requestId\":\"[^\"]*\"", "");
  }
}
