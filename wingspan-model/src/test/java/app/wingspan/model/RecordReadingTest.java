package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lenient mapper reads records in one pass (RecordReader): whatever order or extra fields the JSON has,
 * the result is what Jackson's own creator would build.
 */
class RecordReadingTest {

  static Stream<Arguments> lineItems() {
    return Stream.of(
        Arguments.of("in component order", "{\"costPerUnit\":2.50,\"quantity\":2,\"totalCost\":5.00,\"description\":\"x\"}"),
        Arguments.of("reversed", "{\"description\":\"x\",\"totalCost\":5.00,\"quantity\":2,\"costPerUnit\":2.50}"),
        Arguments.of("unknown fields between",
            "{\"costPerUnit\":2.50,\"future\":{\"a\":[1,2]},\"quantity\":2,\"x\":null,\"totalCost\":5.00,"
                + "\"description\":\"x\",\"y\":[]}"),
        Arguments.of("duplicate key, last wins", "{\"costPerUnit\":9,\"costPerUnit\":2.50,\"quantity\":2,"
            + "\"totalCost\":5.00,\"description\":\"x\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineItems")
  void fieldOrderAndUnknownFieldsDoNotChangeWhatIsRead(String name, String json) throws Exception {
    InvoiceLineItem item = WingspanJson.mapper().readValue(json, InvoiceLineItem.class);

    assertThat(item.costPerUnit()).isEqualByComparingTo(new BigDecimal("2.50"));
    assertThat(item.quantity()).isEqualByComparingTo(new BigDecimal("2"));
    assertThat(item.totalCost()).isEqualByComparingTo(new BigDecimal("5.00"));
    assertThat(item.description()).isEqualTo("x");
    assertThat(item.unit()).isNull();
    assertThat(item.labels()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineItems")
  void theOnePassReadEqualsTheStrictMappersJacksonRead(String name, String json) throws Exception {
    String known = "{\"costPerUnit\":2.50,\"quantity\":2,\"totalCost\":5.00,\"description\":\"x\"}";

    assertThat(WingspanJson.mapper().readValue(json, InvoiceLineItem.class))
        .isEqualTo(WingspanJson.strictMapper().readValue(known, InvoiceLineItem.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aBadValueFailsWithThePathOfItsField(String json, String path) {
    assertThatThrownBy(() -> WingspanJson.mapper().readValue(json, ClientInvoice.class))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(WingspanJson.fieldPath(e)).isEqualTo(path));
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("{\"amount\":\"lots\"}", "amount"),
        Arguments.of("{\"lineItems\":[{\"quantity\":{}}]}", "lineItems[0].quantity"),
        Arguments.of("{\"invoiceId\":\"i\",\"creditFeeHandling\":{\"clientPays\":[1]}}",
            "creditFeeHandling.clientPays"));
  }
}
