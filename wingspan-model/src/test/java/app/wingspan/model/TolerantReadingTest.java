package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A newer or sloppier server must never crash this reader: unknown enum values are kept, unknown
 * properties ignored, missing "required" fields read as null. Each case edits the full fixture, so
 * whatever the model writes back is still checked against the contract.
 */
class TolerantReadingTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<Arguments> unknownEnumValues() {
    return Stream.of(
        // where in the invoice, the raw value, how to read it back
        enumRow("/status", "Archived", ClientInvoice::status),
        enumRow("/status", "open", ClientInvoice::status),
        enumRow("/status", "", ClientInvoice::status),
        enumRow("/currency", "EUR", ClientInvoice::currency),
        enumRow(
            "/acceptedPaymentMethods/2",
            "Crypto",
            invoice -> invoice.acceptedPaymentMethods().get(2)),
        enumRow(
            "/client/workflowStatus", "Escalated", invoice -> invoice.client().workflowStatus()),
        enumRow(
            "/member/payoutPreferences",
            "Carrier pigeon",
            invoice -> invoice.member().payoutPreferences()),
        enumRow("/memberClient/status", "Suspended", invoice -> invoice.memberClient().status()),
        enumRow(
            "/memberClient/clientData/verificationStratgy",
            "Some",
            invoice -> invoice.memberClient().clientData().verificationStratgy()),
        enumRow(
            "/metadata/payoutPendingReason",
            "BankHoliday",
            invoice -> invoice.metadata().payoutPendingReason()),
        enumRow("/paymentInfo/meansType", "Wallet", invoice -> invoice.paymentInfo().meansType()),
        enumRow(
            "/lateFeeHandling/frequency/interval",
            "Fortnight",
            invoice -> invoice.lateFeeHandling().frequency().interval()));
  }

  private static Arguments enumRow(
      String pointer, String raw, Function<ClientInvoice, OpenEnum> field) {
    return Arguments.of(pointer, raw, field);
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("unknownEnumValues")
  void unknownEnumValueIsKeptAndWrittenBackUnchanged(
      String pointer, String raw, Function<ClientInvoice, OpenEnum> field) {
    JsonNode json = Fixtures.fullInvoiceWith(pointer, NODES.textNode(raw));

    ClientInvoice invoice = WireSchema.read(json.toString(), ClientInvoice.class);
    OpenEnum value = field.apply(invoice);

    assertThat(value.value()).isEqualTo(raw);
    assertThat(value.toString()).isEqualTo(raw);
    assertThat(value.isKnown()).isFalse();
    assertThat(JsonTrees.differences(json, WireSchema.tree(WireSchema.write(invoice)))).isEmpty();
  }

  @Test
  void unknownStatusInAnUpdateRequestIsKeptByTheLenientReader() {
    ClientInvoiceUpdateRequest request =
        WireSchema.read("{\"status\":\"Archived\"}", ClientInvoiceUpdateRequest.class);

    assertThat(request.status().get()).isEqualTo(InvoiceStatus.of("Archived"));
    assertThat(request.status().get().isKnown()).isFalse();
    assertThat(WireSchema.write(request)).isEqualTo("{\"status\":\"Archived\"}");
  }

  @Test
  void blankStatusInAnUpdateRequestIsAValueNotAbsent() {
    // The JsonNullable library alone would read "" as absent, turning a bad request into "change
    // nothing".
    ClientInvoiceUpdateRequest request =
        WireSchema.read("{\"status\":\"\"}", ClientInvoiceUpdateRequest.class);

    assertThat(request.status().isPresent()).isTrue();
    assertThat(request.status().get().value()).isEmpty();
    assertThat(WireSchema.write(request)).isEqualTo("{\"status\":\"\"}");
  }

  static Stream<Arguments> unknownProperties() {
    return Stream.of(
        Arguments.of("/brandNewField", "{\"deep\":[1,2.5,null]}"),
        Arguments.of("/lineItems/0/taxCode", "\"T1\""),
        Arguments.of("/memberClient/riskScore", "0.3"),
        Arguments.of("/memberClient/form1099Balances/2023", "{\"adjustments\":1}"),
        Arguments.of("/creditFeeHandling/cap", "5"),
        Arguments.of("/events/archivedAt", "\"2027-01-01T00:00:00Z\""),
        Arguments.of("/memberAddress/country", "\"US\""));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("unknownProperties")
  void unknownPropertyIsIgnoredAndEverythingElseKept(String pointer, String value) {
    JsonNode json = Fixtures.fullInvoiceWith(pointer, WireSchema.tree(value));

    ClientInvoice invoice = WireSchema.read(json.toString(), ClientInvoice.class);

    assertThat(invoice).isEqualTo(WireSchema.read(Fixtures.fullInvoiceText(), ClientInvoice.class));
    assertThat(
            JsonTrees.differences(
                Fixtures.fullInvoice(), WireSchema.tree(WireSchema.write(invoice))))
        .isEmpty();
  }

  static Stream<Arguments> missingFields() {
    return Stream.of(
        // a required field of the spec left out, and how to see that it reads as null
        Arguments.of("/amount", (Function<ClientInvoice, Object>) ClientInvoice::amount),
        Arguments.of("/status", (Function<ClientInvoice, Object>) ClientInvoice::status),
        Arguments.of(
            "/invoiceNumber", (Function<ClientInvoice, Object>) ClientInvoice::invoiceNumber),
        Arguments.of(
            "/memberClient", (Function<ClientInvoice, Object>) ClientInvoice::memberClient),
        Arguments.of(
            "/memberClient/internal",
            (Function<ClientInvoice, Object>) i -> i.memberClient().internal()),
        Arguments.of(
            "/memberClient/userRoles",
            (Function<ClientInvoice, Object>) i -> i.memberClient().userRoles()),
        Arguments.of(
            "/memberAddress/city", (Function<ClientInvoice, Object>) i -> i.memberAddress().city()),
        Arguments.of(
            "/lineItems/0/totalCost",
            (Function<ClientInvoice, Object>) i -> i.lineItems().get(0).totalCost()),
        Arguments.of(
            "/chargedFees/lateFee/amount",
            (Function<ClientInvoice, Object>) i -> i.chargedFees().lateFee().amount()),
        Arguments.of(
            "/paymentInfo/meansType",
            (Function<ClientInvoice, Object>) i -> i.paymentInfo().meansType()),
        Arguments.of(
            "/lateFeeHandling/frequency",
            (Function<ClientInvoice, Object>) i -> i.lateFeeHandling().frequency()));
  }

  @ParameterizedTest(name = "without {0}")
  @MethodSource("missingFields")
  void missingRequiredFieldReadsAsNullAndStaysMissing(
      String pointer, Function<ClientInvoice, Object> field) {
    JsonNode json = Fixtures.fullInvoiceWithout(pointer);

    ClientInvoice invoice = WireSchema.read(json.toString(), ClientInvoice.class);
    // Written without the schema check on purpose: the contract requires the field this case leaves
    // out.
    JsonNode written = WingspanJson.mapper().valueToTree(invoice);

    assertThat(field.apply(invoice)).isNull();
    assertThat(JsonTrees.differences(json, written)).isEmpty();
  }

  @Test
  void missingRequiredFieldsAreWhatTheContractWouldReject() {
    // The reader tolerates what this project's own server never sends: the schema still requires
    // it.
    assertThat(WireSchema.errors("ClientInvoice", Fixtures.fullInvoiceWithout("/amount")))
        .containsExactly("$: required property 'amount' not found");
  }

  @Test
  void anEmptyObjectReadsAsAnInvoiceWithNothingSet() {
    ClientInvoice invoice = WireSchema.read("{}", ClientInvoice.class);

    assertThat(invoice).isEqualTo(ClientInvoice.builder().build());
    // Without the schema check on purpose: an invoice with nothing set is what the contract
    // forbids.
    assertThat(WingspanJson.mapper().valueToTree(invoice).toString()).isEqualTo("{}");
  }

  static Stream<Arguments> explicitNulls() {
    return Stream.of(
        Arguments.of("/accountId"),
        Arguments.of("/chargedFees"),
        Arguments.of("/acceptedPaymentMethods"),
        Arguments.of("/lineItems/0/discount"),
        Arguments.of("/memberClient/name"),
        Arguments.of("/metadata"));
  }

  @ParameterizedTest(name = "{0} = null")
  @MethodSource("explicitNulls")
  void explicitNullInAResponseReadsAsNullAndIsLeftOutWhenWritten(String pointer) {
    JsonNode json = Fixtures.fullInvoiceWith(pointer, NODES.nullNode());

    ClientInvoice invoice = WireSchema.read(json.toString(), ClientInvoice.class);

    assertThat(
            JsonTrees.differences(
                Fixtures.fullInvoiceWithout(pointer), WireSchema.tree(WireSchema.write(invoice))))
        .isEmpty();
  }

  @Test
  void integersAndExponentsReadIntoDecimalFields() {
    ClientInvoice invoice =
        WireSchema.read("{\"amount\":100,\"memberPaymentsVersion\":2E0}", ClientInvoice.class);

    assertThat(invoice.amount()).isEqualTo(new BigDecimal("100"));
    assertThat(invoice.memberPaymentsVersion()).isEqualByComparingTo("2");
  }
}
