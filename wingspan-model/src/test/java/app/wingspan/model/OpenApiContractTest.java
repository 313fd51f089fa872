package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project's OpenAPI document and the Java model describe the same wire, and the document is
 * complete.
 */
class OpenApiContractTest {
  private static final JsonNode DOC = WireSchema.DOCUMENT;

  static Stream<Class<?>> records() {
    return ModelTypes.records().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void everyRecordHasASchemaWithExactlyItsWireFields(Class<?> type) {
    JsonNode schema = DOC.at("/components/schemas/" + type.getSimpleName());
    List<String> wireNames = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      wireNames.add(ModelTypes.wireName(component));
    }
    List<String> properties = new ArrayList<>();
    schema.path("properties").properties().forEach(p -> properties.add(p.getKey()));

    assertThat(schema.isMissingNode()).as("schema %s", type.getSimpleName()).isFalse();
    assertThat(properties).containsExactlyElementsOf(wireNames);
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.path("description").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void everyDecimalFieldIsAJsonNumber(Class<?> type) {
    for (RecordComponent component : type.getRecordComponents()) {
      if (ModelTypes.valueClass(component) == BigDecimal.class) {
        JsonNode property =
            DOC.at(
                "/components/schemas/"
                    + type.getSimpleName()
                    + "/properties/"
                    + ModelTypes.wireName(component));
        assertThat(property.path("type").toString())
            .as("%s.%s", type.getSimpleName(), component.getName())
            .contains("\"number\"");
      }
    }
  }

  static Stream<Arguments> enums() {
    return OpenEnums.KINDS.entrySet().stream()
        .map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void everyEnumListsItsKnownValuesAndStaysOpen(Class<?> type, OpenEnums.Kind kind) {
    JsonNode schema = DOC.at("/components/schemas/" + type.getSimpleName());
    List<String> listed = new ArrayList<>();
    schema.at("/anyOf/0/enum").forEach(value -> listed.add(value.asText()));

    assertThat(listed)
        .containsExactlyElementsOf(kind.known().stream().map(OpenEnum::value).toList());
    assertThat(WireSchema.errors(type.getSimpleName(), WireSchema.tree("\"SomethingNew\"")))
        .isEmpty();
    assertThat(WireSchema.errors(type.getSimpleName(), WireSchema.tree("7"))).isNotEmpty();
  }

  @Test
  void everyReferenceResolves() {
    Matcher refs = Pattern.compile("\"\\$ref\":\"#(/[^\"]+)\"").matcher(DOC.toString());
    Set<String> targets = new LinkedHashSet<>();
    while (refs.find()) {
      targets.add(refs.group(1));
    }
    assertThat(targets)
        .hasSizeGreaterThan(50)
        .allSatisfy(target -> assertThat(DOC.at(target).isMissingNode()).as(target).isFalse());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "get,    /payments/client/invoice,                      ClientInvoice",
    "post,   /payments/client/invoice,                      ClientInvoice",
    "get,    /payments/client/invoice/{id},                 ClientInvoice",
    "patch,  /payments/client/invoice/{id},                 ClientInvoice",
    "post,   /payments/client/invoice/{invoice_id}/pay,     ClientInvoice",
    "get,    /payments/client/invoice/{invoice_id}/fees,    InvoiceFeeCalculation"
  })
  void invoiceOperationsAnswer200WithTheModelAndErrorsAsProblemJson(
      String method, String path, String schema) {
    JsonNode operation = DOC.path("paths").path(path).path(method);
    JsonNode ok = resolve(operation.at("/responses/200"));

    assertThat(operation.isMissingNode()).as("%s %s", method, path).isFalse();
    assertThat(ok.at("/content/application~1json/schema").toString())
        .contains("#/components/schemas/" + schema);
    assertThat(ok.at("/headers/X-Request-Id").isMissingNode()).isFalse();
    assertThat(operation.path("responses").properties())
        .allSatisfy(
            response -> {
              if (!response.getKey().equals("200")) {
                JsonNode error = resolve(response.getValue());
                assertThat(error.at("/content/application~1problem+json/schema/$ref").asText())
                    .as("%s %s %s", method, path, response.getKey())
                    .isEqualTo("#/components/schemas/ErrorBody");
                assertThat(error.at("/headers/X-Request-Id").isMissingNode()).isFalse();
              }
            });
    assertThat(operation.path("responses").has("401")).isTrue();
    assertThat(operation.has("security")).as("inherits the document's bearer auth").isFalse();
  }

  @ParameterizedTest(name = "{0} {1} takes {2}")
  @CsvSource({
    "patch, /payments/client/invoice/{id},               If-Match",
    "post,  /payments/client/invoice,                    Idempotency-Key",
    "post,  /payments/client/invoice/{invoice_id}/pay,   Idempotency-Key",
    "get,   /payments/client/invoice,                    Limit",
    "get,   /payments/client/invoice,                    Cursor"
  })
  void operationsTakeTheirHeadersAndParameters(String method, String path, String parameter) {
    assertThat(DOC.path("paths").path(path).path(method).path("parameters").toString())
        .contains("#/components/parameters/" + parameter);
  }

  @Test
  void singleInvoiceResponsesCarryAnETagAndListsANextCursor() {
    assertThat(DOC.at("/components/responses/ClientInvoiceWithETag/headers/ETag").isMissingNode())
        .isFalse();
    assertThat(DOC.at("/paths/~1payments~1client~1invoice~1{id}/get/responses/200/$ref").asText())
        .endsWith("/ClientInvoiceWithETag");
    assertThat(DOC.at("/paths/~1payments~1client~1invoice~1{id}/patch/responses/200/$ref").asText())
        .endsWith("/ClientInvoiceWithETag");
    assertThat(
            DOC.at("/paths/~1payments~1client~1invoice/get/responses/200/headers/X-Next-Cursor")
                .isMissingNode())
        .isFalse();
  }

  @Test
  void pagingLimitIsOneToOneHundredDefaultFifty() {
    JsonNode limit = DOC.at("/components/parameters/Limit/schema");

    assertThat(limit.path("minimum").asInt()).isEqualTo(1);
    assertThat(limit.path("maximum").asInt()).isEqualTo(100);
    assertThat(limit.path("default").asInt()).isEqualTo(50);
  }

  @Test
  void bearerAuthGuardsTheApiButNotHealthOrMetrics() {
    assertThat(DOC.at("/components/securitySchemes/BearerAuth/scheme").asText())
        .isEqualTo("bearer");
    assertThat(DOC.at("/security/0").has("BearerAuth")).isTrue();
    for (String path : List.of("/health/live", "/health/ready", "/metrics")) {
      assertThat(DOC.path("paths").path(path).path("get").path("security").isEmpty())
          .as(path)
          .isTrue();
      assertThat(DOC.path("paths").path(path).path("get").path("security").isArray())
          .as(path)
          .isTrue();
    }
  }

  static Stream<Arguments> invalidInvoices() {
    return Stream.of(
        Arguments.of(
            Fixtures.fullInvoiceWith("/amount", WireSchema.tree("\"12.50\"")),
            "$.amount: string found"),
        Arguments.of(Fixtures.fullInvoiceWith("/invoiceID", WireSchema.tree("\"x\"")), "invoiceID"),
        Arguments.of(
            Fixtures.fullInvoiceWith("/lineItems/0/quantity", WireSchema.tree("null")),
            "$.lineItems[0].quantity: null found"),
        Arguments.of(Fixtures.fullInvoiceWith("/status", WireSchema.tree("null")), "$.status"),
        Arguments.of(
            Fixtures.fullInvoiceWith("/memberClient/labels/tier", WireSchema.tree("1")),
            "$.memberClient.labels.tier: integer found"),
        Arguments.of(Fixtures.fullInvoiceWithout("/lineItems/1/costPerUnit"), "costPerUnit"));
  }

  /**
   * The validator really checks: without this, the "validates" tests could pass on a schema that
   * accepts all.
   */
  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidInvoices")
  void theSchemaRejectsWhatTheContractForbids(JsonNode invoice, String error) {
    assertThat(WireSchema.errors("ClientInvoice", invoice))
        .anyMatch(message -> message.contains(error));
  }

  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.isEmpty() ? node : DOC.at(ref.substring(1));
  }
}
