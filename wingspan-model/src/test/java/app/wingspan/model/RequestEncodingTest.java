package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Create, line-item and pay requests encode to exactly the expected text, valid against the
 * contract.
 */
class RequestEncodingTest {
  private static final InvoiceLineItemsCreateRequest ONE_HOUR =
      InvoiceLineItemsCreateRequest.builder()
          .description("Design")
          .quantity(BigDecimal.ONE)
          .costPerUnit(new BigDecimal("120.00"))
          .build();

  static Stream<Arguments> requests() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("project", "Website");
    labels.put("costCenter", "MKT-7");
    return Stream.of(
        Arguments.of(
            "create: required fields only",
            create().build(),
            "{\"memberId\":\"mem_1\",\"clientEmail\":\"ap@acme.example\",\"dueDate\":\"2026-12-15\","
                + "\"lineItems\":[{\"costPerUnit\":120.00,\"quantity\":1,\"description\":\"Design\"}]}"),
        Arguments.of(
            "create: optional fields explicitly null",
            create()
                .clientCompany(null)
                .clientEmailCC(null)
                .clientFirstName(null)
                .clientLastName(null)
                .creditFeeHandling(null)
                .currency(null)
                .build(),
            "{\"memberId\":\"mem_1\",\"clientEmail\":\"ap@acme.example\",\"dueDate\":\"2026-12-15\","
                + "\"lineItems\":[{\"costPerUnit\":120.00,\"quantity\":1,\"description\":\"Design\"}],"
                + "\"clientCompany\":null,\"clientEmailCC\":null,\"clientFirstName\":null,\"clientLastName\":null,"
                + "\"creditFeeHandling\":null,\"currency\":null}"),
        Arguments.of(
            "create: optional fields set, a null CC address kept",
            create()
                .clientCompany("Acme")
                .clientEmailCC(Arrays.asList("cc@acme.example", null))
                .clientFirstName("Ada")
                .clientLastName("Client")
                .creditFeeHandling(
                    FeeHandlingConfig.builder().clientPays(new BigDecimal("100")).build())
                .currency(Currency.CAD)
                .build(),
            "{\"memberId\":\"mem_1\",\"clientEmail\":\"ap@acme.example\",\"dueDate\":\"2026-12-15\","
                + "\"lineItems\":[{\"costPerUnit\":120.00,\"quantity\":1,\"description\":\"Design\"}],"
                + "\"clientCompany\":\"Acme\",\"clientEmailCC\":[\"cc@acme.example\",null],"
                + "\"clientFirstName\":\"Ada\",\"clientLastName\":\"Client\","
                + "\"creditFeeHandling\":{\"clientPays\":100},\"currency\":\"CAD\"}"),
        Arguments.of("line item: nothing", InvoiceLineItemsCreateRequest.builder().build(), "{}"),
        Arguments.of(
            "line item: every field null",
            InvoiceLineItemsCreateRequest.builder()
                .costPerUnit(null)
                .quantity(null)
                .totalCost(null)
                .description(null)
                .detail(null)
                .unit(null)
                .reimbursableExpense(null)
                .labels(null)
                .discount(null)
                .integration(null)
                .build(),
            "{\"costPerUnit\":null,\"quantity\":null,\"totalCost\":null,\"description\":null,\"detail\":null,"
                + "\"unit\":null,\"reimbursableExpense\":null,\"labels\":null,\"discount\":null,"
                + "\"integration\":null}"),
        Arguments.of(
            "line item: every field set",
            InvoiceLineItemsCreateRequest.builder()
                .costPerUnit(new BigDecimal("0.1"))
                .quantity(new BigDecimal("3"))
                .totalCost(new BigDecimal("0.3"))
                .description("Review")
                .detail("Three sessions")
                .unit("hour")
                .reimbursableExpense(false)
                .labels(labels)
                .discount(new LineItemDiscount(new BigDecimal("0.01"), "Loyalty", null))
                .integration(
                    new LineItemIntegrations(new LineItemQuickbooksIntegration("ea-1", null)))
                .build(),
            "{\"costPerUnit\":0.1,\"quantity\":3,\"totalCost\":0.3,\"description\":\"Review\","
                + "\"detail\":\"Three sessions\",\"unit\":\"hour\",\"reimbursableExpense\":false,"
                + "\"labels\":{\"project\":\"Website\",\"costCenter\":\"MKT-7\"},"
                + "\"discount\":{\"amount\":0.01,\"description\":\"Loyalty\"},"
                + "\"integration\":{\"quickbooks\":{\"expenseAccountId\":\"ea-1\"}}}"),
        Arguments.of("pay: nothing", PayRequest.builder().build(), "{}"),
        Arguments.of(
            "pay: saved account",
            PayRequest.builder().accountId("acc_1").build(),
            "{\"accountId\":\"acc_1\"}"),
        Arguments.of(
            "pay: all null",
            PayRequest.builder()
                .accountId(null)
                .paymentMethodId(null)
                .plaidPublicToken(null)
                .build(),
            "{\"accountId\":null,\"paymentMethodId\":null,\"plaidPublicToken\":null}"),
        Arguments.of(
            "pay: method and token",
            PayRequest.builder()
                .paymentMethodId("pm_1")
                .plaidPublicToken("public-sandbox-123")
                .build(),
            "{\"paymentMethodId\":\"pm_1\",\"plaidPublicToken\":\"public-sandbox-123\"}"),
        Arguments.of(
            "fee calculation",
            new InvoiceFeeCalculation(new BigDecimal("3.58")),
            "{\"creditFeeTotal\":3.58}"),
        Arguments.of(
            "error body, no param",
            new ErrorBody(
                "https://wingspan.app/errors/not-found",
                "Not Found",
                404,
                "No invoice inv_1",
                "NOT_FOUND",
                null,
                "No invoice inv_1",
                "req-1"),
            "{\"type\":\"https://wingspan.app/errors/not-found\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"No invoice inv_1\",\"code\":\"NOT_FOUND\",\"error\":\"No invoice inv_1\","
                + "\"requestId\":\"req-1\"}"));
  }

  private static ClientInvoiceCreateRequest.Builder create() {
    return ClientInvoiceCreateRequest.builder()
        .memberId("mem_1")
        .clientEmail("ap@acme.example")
        .dueDate("2026-12-15")
        .lineItems(List.of(ONE_HOUR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void encodesToExactlyThisText(String name, Object request, String json) {
    assertThat(WireSchema.write(request)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void decodesBackToTheSameValue(String name, Object request, String json) {
    assertThat(WireSchema.read(json, request.getClass())).isEqualTo(request);
    if (!(request instanceof ErrorBody) && !(request instanceof InvoiceFeeCalculation)) {
      assertThat(StrictMapperTest.readStrict(json, request.getClass())).isEqualTo(request);
    }
  }

  @Test
  void lineItemsAreImmutableCopies() {
    List<InvoiceLineItemsCreateRequest> items = new java.util.ArrayList<>(List.of(ONE_HOUR));
    ClientInvoiceCreateRequest request = create().lineItems(items).build();
    items.clear();

    assertThat(request.lineItems()).containsExactly(ONE_HOUR);
    assertThat(request.toBuilder().build()).isEqualTo(request);
  }
}
