package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server decodes request bodies with {@link WingspanJson#strictMapper()}: anything it does not
 * understand fails, and the failure names the field so the error body's {@code param} can point at
 * it.
 */
class StrictMapperTest {
  private static final Class<ClientInvoiceUpdateRequest> UPDATE = ClientInvoiceUpdateRequest.class;
  private static final Class<ClientInvoiceCreateRequest> CREATE = ClientInvoiceCreateRequest.class;

  static Stream<Arguments> rejectedBodies() {
    return Stream.of(
        // body, type, exception, field path, text the message must contain
        Arguments.of(
            "{\"status\":\"Open\",\"colour\":\"red\"}",
            UPDATE,
            UnrecognizedPropertyException.class,
            "colour",
            "\"colour\""),
        Arguments.of(
            "{\"creditFeeHandling\":{\"clientpays\":1}}",
            UPDATE,
            UnrecognizedPropertyException.class,
            "creditFeeHandling.clientpays",
            "\"clientpays\""),
        Arguments.of(
            "{\"lineItems\":[{\"quantity\":1},{\"qty\":2}]}",
            CREATE,
            UnrecognizedPropertyException.class,
            "lineItems[1].qty",
            "\"qty\""),
        Arguments.of(
            "{\"accountId\":\"a\",\"amount\":5}",
            PayRequest.class,
            UnrecognizedPropertyException.class,
            "amount",
            "\"amount\""),
        Arguments.of(
            "{\"status\":7}", UPDATE, MismatchedInputException.class, "status", "InvoiceStatus"),
        Arguments.of(
            "{\"status\":\"Archived\"}",
            UPDATE,
            InvalidFormatException.class,
            "status",
            "not one of [Draft, Open, Overdue, Cancelled, Pending, PaymentInTransit, Paid]"),
        Arguments.of(
            "{\"status\":\"open\"}", UPDATE, InvalidFormatException.class, "status", "\"open\""),
        Arguments.of(
            "{\"creditFeeHandling\":\"none\"}",
            UPDATE,
            MismatchedInputException.class,
            "creditFeeHandling",
            "FeeHandlingConfig"),
        Arguments.of(
            "{\"creditFeeHandling\":{\"clientPays\":\"5\"}}",
            UPDATE,
            MismatchedInputException.class,
            "creditFeeHandling.clientPays",
            "BigDecimal"),
        Arguments.of(
            "{\"creditFeeHandling\":{\"memberPays\":true}}",
            UPDATE,
            MismatchedInputException.class,
            "creditFeeHandling.memberPays",
            "BigDecimal"),
        Arguments.of(
            "{\"memberId\":1}", CREATE, MismatchedInputException.class, "memberId", "String"),
        Arguments.of(
            "{\"clientEmail\":[\"a@b.example\"]}",
            CREATE,
            MismatchedInputException.class,
            "clientEmail",
            "String"),
        Arguments.of(
            "{\"lineItems\":{}}", CREATE, MismatchedInputException.class, "lineItems", "List"),
        Arguments.of(
            "{\"lineItems\":[{\"quantity\":\"2\"}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].quantity",
            "BigDecimal"),
        Arguments.of(
            "{\"lineItems\":[{\"reimbursableExpense\":\"yes\"}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].reimbursableExpense",
            "Boolean"),
        Arguments.of(
            "{\"lineItems\":[{\"labels\":{\"a\":1}}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].labels.a",
            "String"),
        Arguments.of(
            "{\"clientEmail\":true}",
            CREATE,
            MismatchedInputException.class,
            "clientEmail",
            "String"),
        Arguments.of(
            "{\"lineItems\":[{\"description\":1.5}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].description",
            "String"),
        Arguments.of(
            "{\"lineItems\":[{\"costPerUnit\":\"\"}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].costPerUnit",
            "BigDecimal"),
        Arguments.of(
            "{\"lineItems\":[{\"reimbursableExpense\":1}]}",
            CREATE,
            MismatchedInputException.class,
            "lineItems[0].reimbursableExpense",
            "Boolean"),
        Arguments.of(
            "{\"status\":\"\"}",
            UPDATE,
            InvalidFormatException.class,
            "status",
            "from String \"\""),
        Arguments.of(
            "{\"creditFeeHandling\":{\"clientPays\":\" \"}}",
            UPDATE,
            MismatchedInputException.class,
            "creditFeeHandling.clientPays",
            "BigDecimal"),
        Arguments.of(
            "{\"currency\":\"EUR\"}",
            CREATE,
            InvalidFormatException.class,
            "currency",
            "[USD, CAD]"),
        Arguments.of(
            "{\"clientEmailCC\":\"cc@acme.example\"}",
            CREATE,
            MismatchedInputException.class,
            "clientEmailCC",
            "List"),
        Arguments.of(
            "{\"creditFeeHandling\":{\"clientPays\":1e999999999}}",
            UPDATE,
            InvalidFormatException.class,
            "creditFeeHandling.clientPays",
            "exponent out of range"),
        Arguments.of(
            "{\"lineItems\":[{\"costPerUnit\":1e-1001}]}",
            CREATE,
            InvalidFormatException.class,
            "lineItems[0].costPerUnit",
            "exponent out of range"),
        // Jackson reports NaN from inside the object it was reading.
        Arguments.of(
            "{\"creditFeeHandling\":{\"clientPays\":NaN}}",
            UPDATE,
            JsonMappingException.class,
            "creditFeeHandling",
            "Non-standard token 'NaN'"),
        Arguments.of(
            "{\"status\":\"Open\"} {}",
            UPDATE,
            MismatchedInputException.class,
            "",
            "Trailing token"),
        Arguments.of(
            "[]", UPDATE, MismatchedInputException.class, "", "ClientInvoiceUpdateRequest"),
        Arguments.of(
            "\"Open\"", UPDATE, MismatchedInputException.class, "", "ClientInvoiceUpdateRequest"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejectedBodies")
  void rejectsNamingTheField(
      String body,
      Class<?> type,
      Class<? extends JsonMappingException> failure,
      String path,
      String message) {
    assertThatThrownBy(() -> WingspanJson.strictMapper().readValue(body, type))
        .isInstanceOf(failure)
        .hasMessageContaining(message)
        .satisfies(
            e -> assertThat(WingspanJson.fieldPath((JsonMappingException) e)).isEqualTo(path));
  }

  static Stream<Arguments> malformedBodies() {
    return Stream.of(
        Arguments.of("{\"status\":\"Open\"} garbage", "Unrecognized token 'garbage'"),
        Arguments.of("{\"status\":\"Open\"}}", "Unexpected close marker"),
        Arguments.of("{\"status\":\"Open\",\"status\":\"Paid\"}", "Duplicate field 'status'"),
        Arguments.of("{\"status\":\"Open\"", "end-of-input"),
        Arguments.of("{status:\"Open\"}", "double-quote to start field name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedBodies")
  void rejectsMalformedJson(String body, String message) {
    assertThatThrownBy(() -> WingspanJson.strictMapper().readValue(body, UPDATE))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining(message);
  }

  @Test
  void decimalsUpToTheExponentLimitAreAccepted() {
    ClientInvoiceUpdateRequest request =
        readStrict(
            "{\"creditFeeHandling\":{\"clientPays\":1e-1000,\"memberPays\":1E+1000}}", UPDATE);

    assertThat(request.creditFeeHandling().get().clientPays().get())
        .isEqualTo(new java.math.BigDecimal("1e-1000"));
    assertThat(request.creditFeeHandling().get().memberPays().get())
        .isEqualTo(new java.math.BigDecimal("1E+1000"));
  }

  @Test
  void theLenientMapperReadsWhatTheStrictOneRejects() throws JsonProcessingException {
    ClientInvoiceUpdateRequest request =
        WingspanJson.mapper().readValue("{\"status\":\"Archived\",\"colour\":\"red\"}", UPDATE);

    assertThat(request.status().get().value()).isEqualTo("Archived");
    assertThat(request.status().get().isKnown()).isFalse();
  }

  @Test
  void bothMappersWriteTheSameText() throws JsonProcessingException {
    ClientInvoiceUpdateRequest request =
        ClientInvoiceUpdateRequest.builder()
            .status(null)
            .creditFeeHandling(
                FeeHandlingConfig.builder().clientPays(new java.math.BigDecimal("1.50")).build())
            .build();

    assertThat(WingspanJson.strictMapper().writeValueAsString(request))
        .isEqualTo(WireSchema.write(request))
        .isEqualTo("{\"status\":null,\"creditFeeHandling\":{\"clientPays\":1.50}}");
  }

  static <T> T readStrict(String json, Class<T> type) {
    try {
      return WingspanJson.strictMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
