package app.wingspan.sdk;

import static app.wingspan.sdk.Fixtures.INVOICE_JSON;
import static app.wingspan.sdk.Fixtures.TOKEN;
import static app.wingspan.sdk.RecordingServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.ClientInvoiceCreateRequest;
import app.wingspan.model.ClientInvoiceUpdateRequest;
import app.wingspan.model.Currency;
import app.wingspan.model.FeeHandlingConfig;
import app.wingspan.model.InvoiceLineItemsCreateRequest;
import app.wingspan.model.InvoiceStatus;
import app.wingspan.model.PayRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact request each operation puts on the wire: method, path, query, headers and body bytes.
 */
class WireFormatTest {

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  private RecordingServer server;
  private Wingspan sdk;

  @BeforeEach
  void start() throws IOException {
    server = new RecordingServer().otherwise(json(200, INVOICE_JSON));
    sdk = Fixtures.client(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<Arguments> operations() {
    ClientInvoiceCreateRequest create =
        ClientInvoiceCreateRequest.builder()
            .memberId("mem-1")
            .clientEmail("payer@example.com")
            .dueDate("2026-12-01")
            .lineItems(
                List.of(
                    InvoiceLineItemsCreateRequest.builder()
                        .description("Design work")
                        .costPerUnit(new BigDecimal("100.00"))
                        .quantity(new BigDecimal("1.5"))
                        .detail(null)
                        .build()))
            .currency(Currency.USD)
            .build();
    return Stream.of(
        op("get", c -> c.get("inv-1"), "GET", "/payments/client/invoice/inv-1", null, null),
        op(
            "update without a request sends {}",
            c -> c.update("inv-1"),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{}"),
        op(
            "update with a null request sends {}",
            c -> c.update("inv-1", null),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{}"),
        op(
            "update with an empty request sends {}",
            c -> c.update("inv-1", ClientInvoiceUpdateRequest.builder().build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{}"),
        op(
            "update status value",
            c ->
                c.update(
                    "inv-1",
                    ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.CANCELLED).build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"status\":\"Cancelled\"}"),
        op(
            "update status explicit null",
            c -> c.update("inv-1", ClientInvoiceUpdateRequest.builder().status(null).build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"status\":null}"),
        op(
            "update with an empty fee handling sends {} (changes nothing)",
            c ->
                c.update(
                    "inv-1",
                    ClientInvoiceUpdateRequest.builder()
                        .creditFeeHandling(FeeHandlingConfig.builder().build())
                        .build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"creditFeeHandling\":{}}"),
        op(
            "update the seed's example: back to the default (memberPaysAll)",
            c ->
                c.update(
                    "inv-1",
                    ClientInvoiceUpdateRequest.builder()
                        .creditFeeHandling(FeeHandlingConfig.memberPaysAll())
                        .build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":null,\"clientPays\":null,\"memberPays\":null}}"),
        op(
            "update fee handling: value, null and absent fields",
            c ->
                c.update(
                    "inv-1",
                    ClientInvoiceUpdateRequest.builder()
                        .creditFeeHandling(
                            FeeHandlingConfig.builder()
                                .clientPays(new BigDecimal("12.50"))
                                .memberPays(null)
                                .build())
                        .build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"creditFeeHandling\":{\"clientPays\":12.50,\"memberPays\":null}}"),
        op(
            "update fee handling explicit null",
            c ->
                c.update(
                    "inv-1", ClientInvoiceUpdateRequest.builder().creditFeeHandling(null).build()),
            "PATCH",
            "/payments/client/invoice/inv-1",
            null,
            "{\"creditFeeHandling\":null}"),
        op("fees", c -> c.fees("inv-1"), "GET", "/payments/client/invoice/inv-1/fees", null, null),
        op(
            "pay without a request sends {}",
            c -> c.pay("inv-1"),
            "POST",
            "/payments/client/invoice/inv-1/pay",
            null,
            "{}"),
        op(
            "pay with an account",
            c -> c.pay("inv-1", PayRequest.builder().accountId("acc-9").build()),
            "POST",
            "/payments/client/invoice/inv-1/pay",
            null,
            "{\"accountId\":\"acc-9\"}"),
        op(
            "create",
            c -> c.create(create),
            "POST",
            "/payments/client/invoice",
            null,
            "{\"memberId\":\"mem-1\",\"clientEmail\":\"payer@example.com\",\"dueDate\":\"2026-12-01\","
                + "\"lineItems\":[{\"costPerUnit\":100.00,\"quantity\":1.5,\"description\":\"Design work\","
                + "\"detail\":null}],\"currency\":\"USD\"}"));
  }

  private static Arguments op(
      String name,
      Consumer<ClientInvoices> call,
      String method,
      String path,
      String query,
      String body) {
    return Arguments.of(name, call, method, path, query, body);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsTheExactRequest(
      String name,
      Consumer<ClientInvoices> call,
      String method,
      String path,
      String query,
      String body) {
    call.accept(sdk.clientInvoice());

    RecordingServer.Recorded request = server.requests().get(0);
    assertThat(server.requests()).hasSize(1);
    assertThat(request.method()).isEqualTo(method);
    assertThat(request.rawPath()).isEqualTo(path);
    assertThat(request.rawQuery()).isEqualTo(query);
    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.header("Accept")).isEqualTo("application/json");
    assertThat(request.header("Upgrade")).as("no h2c upgrade over plain HTTP").isNull();
    assertThat(request.header("User-Agent"))
        .isEqualTo(
            "wingspan-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version"));
    if (body == null) {
      assertThat(request.body()).isEmpty();
      assertThat(request.header("Content-Type")).isNull();
    } else {
      assertThat(request.body()).isEqualTo(body);
      assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }
    if (method.equals("POST") || method.equals("PATCH")) {
      // Every write carries a key, so a retry after an ambiguous failure replays the first answer.
      assertThat(request.header("Idempotency-Key")).matches(UUID_PATTERN);
    } else {
      assertThat(request.header("Idempotency-Key")).isNull();
    }
  }

  @Test
  void userAgentNamesTheBuiltVersionNotAPlaceholder() {
    assertThat(SdkVersion.VERSION).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void listSendsPagingAsQuery(String name, ListClientInvoicesRequest request, String query) {
    server.otherwise(json(200, "[]"));

    sdk.clientInvoice().list(request);

    assertThat(server.requests().get(0).method()).isEqualTo("GET");
    assertThat(server.requests().get(0).rawPath()).isEqualTo("/payments/client/invoice");
    assertThat(server.requests().get(0).rawQuery()).isEqualTo(query);
    assertThat(server.requests().get(0).header("Content-Type")).isNull();
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("first page", ListClientInvoicesRequest.firstPage(), null),
        Arguments.of("limit", ListClientInvoicesRequest.firstPage().withLimit(25), "limit=25"),
        Arguments.of("cursor", ListClientInvoicesRequest.firstPage().withCursor("c1"), "cursor=c1"),
        Arguments.of(
            "limit and an opaque cursor needing encoding",
            new ListClientInvoicesRequest(2, "a b/c+d=&e?f#g%"),
            "limit=2&cursor=a%20b%2Fc%2Bd%3D%26e%3Ff%23g%25"));
  }

  @ParameterizedTest(name = "id {0} -> {1}")
  @CsvSource(
      delimiterString = " -> ",
      textBlock =
          """
      inv-1                 -> inv-1
      a/b                   -> a%2Fb
      a b                   -> a%20b
      100%                  -> 100%25
      %2F                   -> %252F
      a?b=c                 -> a%3Fb%3Dc
      a#b                   -> a%23b
      a+b                   -> a%2Bb
      a;b,c                 -> a%3Bb%2Cc
      ~._-                  -> ~._-
      é                     -> %C3%A9
      请求                   -> %E8%AF%B7%E6%B1%82
      😀                    -> %F0%9F%98%80
      ...                   -> ...
      """)
  void idIsOnePercentEncodedPathSegment(String id, String encoded) {
    sdk.clientInvoice().get(id);
    sdk.clientInvoice().fees(id);

    assertThat(server.requests().get(0).rawPath()).isEqualTo("/payments/client/invoice/" + encoded);
    assertThat(server.requests().get(0).decodedPath()).isEqualTo("/payments/client/invoice/" + id);
    assertThat(server.requests().get(0).rawQuery()).isNull();
    assertThat(server.requests().get(1).rawPath())
        .isEqualTo("/payments/client/invoice/" + encoded + "/fees");
  }

  @ParameterizedTest(name = "base URL {0}")
  @CsvSource(
      textBlock =
          """
      '',        /payments/client/invoice/inv-1
      /,         /payments/client/invoice/inv-1
      /api,      /api/payments/client/invoice/inv-1
      /api/,     /api/payments/client/invoice/inv-1
      /api//,    /api/payments/client/invoice/inv-1
      /a%20b/v2, /a%20b/v2/payments/client/invoice/inv-1
      """)
  void baseUrlIsJoinedWithOrWithoutTrailingSlash(String basePath, String path) {
    Wingspan atBase = Fixtures.client(server.url() + basePath).build();

    atBase.clientInvoice().get("inv-1");

    assertThat(server.requests().get(0).rawPath()).isEqualTo(path);
  }

  @Test
  void defaultHeadersAreSentAndPerCallHeadersReplaceThem() {
    Wingspan withHeaders =
        Fixtures.client(server)
            .header("X-Team", "payments")
            .header("X-Trace", "client-default")
            .build();

    withHeaders.clientInvoice().get("inv-1");
    withHeaders
        .clientInvoice()
        .update(
            "inv-1",
            null,
            RequestOptions.builder()
                .header("X-Trace", "per-call")
                .header("If-Match", "\"7\"")
                .build());

    RecordingServer.Recorded first = server.requests().get(0);
    RecordingServer.Recorded second = server.requests().get(1);
    assertThat(first.header("X-Team")).isEqualTo("payments");
    assertThat(first.header("X-Trace")).isEqualTo("client-default");
    assertThat(first.header("If-Match")).isNull();
    assertThat(second.header("X-Team")).isEqualTo("payments");
    assertThat(second.headers().get("X-Trace")).containsExactly("per-call");
    assertThat(second.header("If-Match")).isEqualTo("\"7\"");
  }

  @Test
  void aDefaultHeaderMayReplaceTheUserAgent() {
    Fixtures.client(server).header("User-Agent", "my-app/2.0").build().clientInvoice().get("inv-1");

    assertThat(server.requests().get(0).headers().get("User-Agent")).containsExactly("my-app/2.0");
  }

  @Test
  void aCallersIdempotencyKeyIsSentInsteadOfAGeneratedOne() {
    RequestOptions options = RequestOptions.builder().idempotencyKey("order-4711").build();

    sdk.clientInvoice().pay("inv-1", null, options);
    sdk.clientInvoice().update("inv-1", null, options);

    assertThat(server.requests().get(0).header("Idempotency-Key")).isEqualTo("order-4711");
    assertThat(server.requests().get(1).header("Idempotency-Key")).isEqualTo("order-4711");
  }

  @Test
  void eachCreateCallGetsItsOwnIdempotencyKey() {
    sdk.clientInvoice().pay("inv-1");
    sdk.clientInvoice().pay("inv-1");

    assertThat(server.requests().get(0).header("Idempotency-Key"))
        .isNotEqualTo(server.requests().get(1).header("Idempotency-Key"));
  }

  @Test
  void theTokenSupplierIsAskedForEveryRequest() {
    String[] tokens = {"rotated-1", "rotated-2"};
    int[] calls = {0};
    Wingspan rotating =
        Wingspan.builder().serverURL(server.url()).bearerAuth(() -> tokens[calls[0]++]).build();

    rotating.clientInvoice().get("inv-1");
    rotating.clientInvoice().get("inv-1");

    assertThat(server.requests())
        .extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer rotated-1", "Bearer rotated-2");
  }
}
