package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lenient mapper's record readers (generated into RecordReaders) give what Jackson's own
 * deserializer gives for the same text: the same record, or the same failure at the same path. Each
 * case is read both ways, so a difference in null handling, absent values, unknown fields or error
 * paths shows up as an inequality.
 */
class RecordReaderTest {
  private static final ObjectMapper JACKSON = WingspanJson.lenientByJackson().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * One object's members as name and JSON text, in document order; a layout may repeat or reorder
   * them.
   */
  private record Member(String name, String json) {}

  static Stream<Arguments> layouts() {
    Random random = new Random(4);
    return Stream.of(
        layout("as written", members -> members),
        layout(
            "reversed",
            members -> {
              Collections.reverse(members);
              return members;
            }),
        layout(
            "shuffled",
            members -> {
              Collections.shuffle(members, random);
              return members;
            }),
        // Null, because the layout reaches maps and free-form trees too; TolerantReadingTest skips
        // bigger values.
        layout(
            "unknown members between known ones",
            members -> {
              List<Member> out = new ArrayList<>();
              out.add(new Member("firstUnknown", "null"));
              for (Member member : members) {
                out.add(member);
                out.add(new Member(member.name() + "Shadow", "null"));
              }
              return out;
            }),
        // Only while some component is still unseen: after that Jackson fails (see below).
        layout(
            "each member but the last repeated, first as null",
            members -> {
              List<Member> out = new ArrayList<>();
              for (int i = 0; i < members.size(); i++) {
                if (i < members.size() - 1) {
                  out.add(new Member(members.get(i).name(), "null"));
                }
                out.add(members.get(i));
              }
              return out;
            }));
  }

  private static Arguments layout(String name, UnaryOperator<List<Member>> layout) {
    return Arguments.of(name, layout);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void fullInvoiceInAnyLayoutReadsAsJacksonReadsIt(String name, UnaryOperator<List<Member>> layout)
      throws IOException {
    String text = render(Fixtures.fullInvoice(), layout);

    ClientInvoice jacksons = JACKSON.readValue(text, ClientInvoice.class);

    assertThat(WingspanJson.mapper().readValue(text, ClientInvoice.class)).isEqualTo(jacksons);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(WingspanJson.mapper().readValue(bytes, ClientInvoice.class)).isEqualTo(jacksons);
    // A few bytes per read puts names across the parser's buffer ends, where it cannot match them
    // in place.
    assertThat(WingspanJson.mapper().readValue(trickle(bytes), ClientInvoice.class))
        .isEqualTo(jacksons);
    assertThat(jacksons.lineItems().get(0).quantity()).isNotNull();
  }

  static Stream<Class<?>> records() {
    return ModelTypes.records().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void emptyObjectGetsJacksonsAbsentValues(Class<?> type) throws IOException {
    assertThat(WingspanJson.mapper().readValue("{}", type))
        .isEqualTo(JACKSON.readValue("{}", type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void explicitNullsGetJacksonsNullValues(Class<?> type) throws IOException {
    StringJoiner members = new StringJoiner(",", "{", "}");
    for (RecordComponent component : type.getRecordComponents()) {
      members.add("\"" + ModelTypes.wireName(component) + "\":null");
    }
    String text = members.toString();

    assertThat(WingspanJson.mapper().readValue(text, type))
        .isEqualTo(JACKSON.readValue(text, type));
  }

  @Test
  void repeatedMemberAfterEveryComponentWasSeenMeansTheLastWins() throws IOException {
    // Jackson's own reader builds the record once every component is seen and then fails on the
    // repeat
    // ("No fallback setter"); a lenient reader keeps the last value, as it does for any other
    // repeat.
    String text =
        "{\"addressLine1\":\"1 Main St\",\"city\":\"Springfield\",\"postalCode\":\"12345\","
            + "\"state\":\"IL\",\"addressLine2\":\"Suite 2\",\"city\":\"Shelbyville\"}";

    Address address = WingspanJson.mapper().readValue(text, Address.class);

    assertThat(address)
        .isEqualTo(new Address("1 Main St", "Shelbyville", "12345", "IL", "Suite 2"));
    assertThatThrownBy(() -> JACKSON.readValue(text, Address.class))
        .isInstanceOf(JsonMappingException.class);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("/amount", NODES.textNode("twelve")),
        Arguments.of("/amount", NODES.objectNode()),
        Arguments.of("/lineItems/0/quantity", NODES.arrayNode().add(1)),
        Arguments.of("/memberClient/clientData", NODES.arrayNode()),
        Arguments.of("/memberClient/clientData", NODES.textNode("verified")),
        Arguments.of("/client", NODES.numberNode(5)),
        Arguments.of("/status", NODES.objectNode().put("value", "Open")),
        Arguments.of("/memberAcceptsPayments", NODES.textNode("perhaps")),
        Arguments.of("/additionalRecipientEmails", NODES.objectNode()),
        Arguments.of("/memberClient/clientData/verificationStratgy", NODES.arrayNode().add("Some")),
        Arguments.of("/lateFeeHandling/frequency", NODES.booleanNode(true)));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badValues")
  void badNestedValueFailsAsJacksonFailsWithTheSamePath(String pointer, JsonNode value) {
    String text = Fixtures.fullInvoiceWith(pointer, value).toString();

    assertSameFailure(text, ClientInvoice.class);
    Throwable failure =
        catchThrowable(() -> WingspanJson.mapper().readValue(text, ClientInvoice.class));
    assertThat(WingspanJson.fieldPath((JsonMappingException) failure))
        .isEqualTo(pointer.substring(1).replace('/', '.').replaceAll("\\.(\\d+)", "[$1]"));
  }

  static Stream<String> badDocuments() {
    return Stream.of(
        "[]",
        "\"Open\"",
        "5",
        "{\"amount\":NaN}",
        "{\"memberClient\":{\"clientId\":tru}}",
        "{\"client\":{\"name\":\"Acme\"",
        "{\"creditFeeHandling\":{\"clientPays\":1,}}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void badDocumentFailsAsJacksonFails(String text) {
    assertSameFailure(text, ClientInvoice.class);
  }

  @Test
  void aReaderThatFailsOnMissingParametersStillFails() {
    Throwable ours =
        catchThrowable(
            () ->
                WingspanJson.mapper()
                    .readerFor(ClientInvoiceUpdateRequest.class)
                    .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .readValue("{\"status\":null}"));
    Throwable jacksons =
        catchThrowable(
            () ->
                JACKSON
                    .readerFor(ClientInvoiceUpdateRequest.class)
                    .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .readValue("{\"status\":null}"));

    assertThat(ours).isNotNull().hasSameClassAs(jacksons).hasMessage(jacksons.getMessage());
  }

  // ---- what the one-pass read gives, stated directly

  static Stream<Arguments> lineItems() {
    return Stream.of(
        Arguments.of(
            "in component order",
            "{\"costPerUnit\":2.50,\"quantity\":2,\"totalCost\":5.00,\"description\":\"x\"}"),
        Arguments.of(
            "reversed",
            "{\"description\":\"x\",\"totalCost\":5.00,\"quantity\":2,\"costPerUnit\":2.50}"),
        Arguments.of(
            "unknown fields between",
            "{\"costPerUnit\":2.50,\"future\":{\"a\":[1,2]},\"quantity\":2,\"x\":null,\"totalCost\":5.00,"
                + "\"description\":\"x\",\"y\":[]}"),
        Arguments.of(
            "duplicate key, last wins",
            "{\"costPerUnit\":9,\"costPerUnit\":2.50,\"quantity\":2,"
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
  @MethodSource("badFieldValues")
  void aBadValueFailsWithThePathOfItsField(String json, String path) {
    assertThatThrownBy(() -> WingspanJson.mapper().readValue(json, ClientInvoice.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class, e -> assertThat(WingspanJson.fieldPath(e)).isEqualTo(path));
  }

  static Stream<Arguments> badFieldValues() {
    return Stream.of(
        Arguments.of("{\"amount\":\"lots\"}", "amount"),
        Arguments.of("{\"lineItems\":[{\"quantity\":{}}]}", "lineItems[0].quantity"),
        Arguments.of(
            "{\"invoiceId\":\"i\",\"creditFeeHandling\":{\"clientPays\":[1]}}",
            "creditFeeHandling.clientPays"));
  }

  private static void assertSameFailure(String text, Class<?> type) {
    Throwable ours = catchThrowable(() -> WingspanJson.mapper().readValue(text, type));
    Throwable jacksons = catchThrowable(() -> JACKSON.readValue(text, type));

    assertThat(ours).isNotNull().hasSameClassAs(jacksons).hasMessage(jacksons.getMessage());
    if (ours instanceof JsonMappingException mapping) {
      assertThat(WingspanJson.fieldPath(mapping))
          .isEqualTo(WingspanJson.fieldPath((JsonMappingException) jacksons));
    }
  }

  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        return super.read(buffer, offset, Math.min(length, 7));
      }
    };
  }

  /** Writes a tree as JSON text, laying out every object's members with {@code layout}. */
  private static String render(JsonNode node, UnaryOperator<List<Member>> layout) {
    if (node.isObject()) {
      List<Member> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        members.add(new Member(field.getKey(), render(field.getValue(), layout)));
      }
      StringJoiner out = new StringJoiner(",", "{", "}");
      for (Member member : layout.apply(members)) {
        out.add(NODES.textNode(member.name()) + ":" + member.json());
      }
      return out.toString();
    }
    if (node.isArray()) {
      StringJoiner out = new StringJoiner(",", "[", "]");
      node.forEach(item -> out.add(render(item, layout)));
      return out.toString();
    }
    return node.toString();
  }
}
