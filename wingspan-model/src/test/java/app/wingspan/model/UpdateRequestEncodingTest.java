package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A PATCH body says three different things per field: absent (leave it), null (clear it), or a
 * value. Each row pins the exact JSON text a request encodes to, and that the text decodes back to
 * the same request.
 */
class UpdateRequestEncodingTest {

  static Stream<Arguments> updateRequests() {
    return Stream.of(
        row("nothing", () -> ClientInvoiceUpdateRequest.builder().build(), "{}"),
        row(
            "status null",
            () -> ClientInvoiceUpdateRequest.builder().status(null).build(),
            "{\"status\":null}"),
        row(
            "status Open",
            () -> ClientInvoiceUpdateRequest.builder().status(InvoiceStatus.OPEN).build(),
            "{\"status\":\"Open\"}"),
        row(
            "status PaymentInTransit",
            () ->
                ClientInvoiceUpdateRequest.builder()
                    .status(InvoiceStatus.PAYMENT_IN_TRANSIT)
                    .build(),
            "{\"status\":\"PaymentInTransit\"}"),
        row(
            "creditFeeHandling null",
            () -> ClientInvoiceUpdateRequest.builder().creditFeeHandling(null).build(),
            "{\"creditFeeHandling\":null}"),
        row(
            "creditFeeHandling empty",
            () -> update(FeeHandlingConfig.builder()),
            "{\"creditFeeHandling\":{}}"),
        row(
            "clientPays null",
            () -> update(FeeHandlingConfig.builder().clientPays(null)),
            "{\"creditFeeHandling\":{\"clientPays\":null}}"),
        row(
            "clientPays value",
            () -> update(FeeHandlingConfig.builder().clientPays(new BigDecimal("0.1"))),
            "{\"creditFeeHandling\":{\"clientPays\":0.1}}"),
        row(
            "memberPays null",
            () -> update(FeeHandlingConfig.builder().memberPays(null)),
            "{\"creditFeeHandling\":{\"memberPays\":null}}"),
        row(
            "memberPays value",
            () -> update(FeeHandlingConfig.builder().memberPays(new BigDecimal("100"))),
            "{\"creditFeeHandling\":{\"memberPays\":100}}"),
        row(
            "clientAbsolutePercentage null",
            () -> update(FeeHandlingConfig.builder().clientAbsolutePercentage(null)),
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":null}}"),
        row(
            "clientAbsolutePercentage value",
            () ->
                update(
                    FeeHandlingConfig.builder().clientAbsolutePercentage(new BigDecimal("2.90"))),
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":2.90}}"),
        row(
            "all fee fields null",
            () ->
                update(
                    FeeHandlingConfig.builder()
                        .clientAbsolutePercentage(null)
                        .clientPays(null)
                        .memberPays(null)),
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":null,\"clientPays\":null,\"memberPays\":null}}"),
        row(
            "all fee fields set",
            () ->
                update(
                    FeeHandlingConfig.builder()
                        .clientAbsolutePercentage(BigDecimal.ZERO)
                        .clientPays(new BigDecimal("12345678901234.56"))
                        .memberPays(new BigDecimal("0.0000001"))),
            "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":0,\"clientPays\":12345678901234.56,"
                + "\"memberPays\":0.0000001}}"),
        row(
            "status and one fee field cleared",
            () ->
                ClientInvoiceUpdateRequest.builder()
                    .status(InvoiceStatus.CANCELLED)
                    .creditFeeHandling(FeeHandlingConfig.builder().memberPays(null).build())
                    .build(),
            "{\"status\":\"Cancelled\",\"creditFeeHandling\":{\"memberPays\":null}}"),
        row(
            "both cleared",
            () -> ClientInvoiceUpdateRequest.builder().status(null).creditFeeHandling(null).build(),
            "{\"status\":null,\"creditFeeHandling\":null}"),
        row(
            "Java nulls in the constructor mean absent",
            () -> new ClientInvoiceUpdateRequest(null, null),
            "{}"),
        row(
            "Java nulls in FeeHandlingConfig mean absent",
            () ->
                ClientInvoiceUpdateRequest.builder()
                    .creditFeeHandling(new FeeHandlingConfig(null, null, null))
                    .build(),
            "{\"creditFeeHandling\":{}}"));
  }

  private static Arguments row(
      String name, Supplier<ClientInvoiceUpdateRequest> request, String json) {
    return Arguments.of(name, request.get(), json);
  }

  private static ClientInvoiceUpdateRequest update(FeeHandlingConfig.Builder fees) {
    return ClientInvoiceUpdateRequest.builder().creditFeeHandling(fees.build()).build();
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("updateRequests")
  void encodesToExactlyThisText(String name, ClientInvoiceUpdateRequest request, String json) {
    assertThat(WireSchema.write(request)).isEqualTo(json);
  }

  @ParameterizedTest(name = "{2} -> {0}")
  @MethodSource("updateRequests")
  void decodesBackToTheSameTriState(String name, ClientInvoiceUpdateRequest request, String json) {
    ClientInvoiceUpdateRequest lenient = WireSchema.read(json, ClientInvoiceUpdateRequest.class);
    ClientInvoiceUpdateRequest strict =
        StrictMapperTest.readStrict(json, ClientInvoiceUpdateRequest.class);

    assertThat(lenient).isEqualTo(request);
    assertThat(strict).isEqualTo(request);
    assertThat(state(lenient.status())).isEqualTo(state(request.status()));
  }

  @Test
  void theThreeStatesAreDistinguishable() {
    ClientInvoiceUpdateRequest absent = WireSchema.read("{}", ClientInvoiceUpdateRequest.class);
    ClientInvoiceUpdateRequest cleared =
        WireSchema.read("{\"status\":null}", ClientInvoiceUpdateRequest.class);
    ClientInvoiceUpdateRequest set =
        WireSchema.read("{\"status\":\"Open\"}", ClientInvoiceUpdateRequest.class);

    assertThat(state(absent.status())).isEqualTo("absent");
    assertThat(state(cleared.status())).isEqualTo("null");
    assertThat(state(set.status())).isEqualTo("Open");
    assertThat(set.status().get()).isSameAs(InvoiceStatus.OPEN);
  }

  @Test
  void toBuilderCopiesEveryState() {
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder()
            .status(null)
            .creditFeeHandling(FeeHandlingConfig.builder().clientPays(BigDecimal.ONE).build())
            .build();

    assertThat(request.toBuilder().build()).isEqualTo(request);
    assertThat(request.creditFeeHandling().get().toBuilder().memberPays(null).build())
        .isEqualTo(
            new FeeHandlingConfig(
                JsonNullable.undefined(), JsonNullable.of(BigDecimal.ONE), JsonNullable.of(null)));
  }

  static String state(JsonNullable<?> field) {
    if (!field.isPresent()) {
      return "absent";
    }
    return String.valueOf(field.get());
  }
}
