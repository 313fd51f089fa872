package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.model.internal.ServerJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server answers satisfies the project's contract document (the one it serves at /openapi.yaml):
 * required fields present, no unknown fields, no null items in object arrays, errors in the ErrorBody shape.
 */
class ContractTest {
  private static final TestApp APP = TestApp.shared();
  private static JsonNode contract;
  private static TestApp.Party client;
  private static String invoiceId;

  @BeforeAll
  static void load() throws Exception {
    String yaml = APP.get("/openapi.yaml", null).body();
    contract = new YAMLMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(yaml);
    client = APP.client();
    invoiceId = APP.createInvoice(client, APP.member());
  }

  @Test
  void everyInvoiceResponseIsAValidClientInvoice() {
    TestApp.Response created =
        APP.send("POST", "/payments/client/invoice", client.token(), TestApp.createBody(APP.member().id()));
    String id = created.json().path("invoiceId").asText();
    TestApp.Response sent =
        APP.send("PATCH", "/payments/client/invoice/" + id, client.token(),
            "{\"status\":\"Open\",\"creditFeeHandling\":{\"clientPays\":25}}");
    TestApp.Response paid =
        APP.send("PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Paid\"}");

    assertValid("ClientInvoice", created.json());
    assertValid("ClientInvoice", sent.json());
    assertValid("ClientInvoice", paid.json());
    assertValid("ClientInvoice", APP.get("/payments/client/invoice/" + invoiceId, client.token()).json());
    JsonNode list = APP.get("/payments/client/invoice", client.token()).json();
    assertThat(list.isArray()).isTrue();
    list.forEach(invoice -> assertValid("ClientInvoice", invoice));
  }

  @Test
  void feesAreAValidInvoiceFeeCalculation() {
    assertValid("InvoiceFeeCalculation",
        APP.get("/payments/client/invoice/" + invoiceId + "/fees", client.token()).json());
  }

  @Test
  void errorsAreValidErrorBodies() {
    assertValid("ErrorBody", APP.get("/payments/client/invoice/nope", client.token()).json());
    assertValid("ErrorBody", APP.get("/payments/client/invoice", null).json());
    assertValid("ErrorBody",
        APP.send("PATCH", "/payments/client/invoice/" + invoiceId, client.token(), "{\"status\":1}").json());
    assertValid("ErrorBody", APP.send("DELETE", "/payments/client/invoice", client.token(), null).json());
  }

  @Test
  void theCheckItselfRejectsWhatTheContractForbids() throws Exception {
    JsonNode invoice = APP.get("/payments/client/invoice/" + invoiceId, client.token()).json();
    ObjectNode withoutStatus = ((ObjectNode) invoice.deepCopy());
    withoutStatus.remove("status");
    ObjectNode withExtra = ((ObjectNode) invoice.deepCopy());
    withExtra.put("surprise", true);

    assertThat(errors("ClientInvoice", withoutStatus)).isNotEmpty();
    assertThat(errors("ClientInvoice", withExtra)).isNotEmpty();
  }

  private static void assertValid(String schemaName, JsonNode json) {
    assertThat(errors(schemaName, json)).as("%s against %s", json, schemaName).isEmpty();
  }

  private static Set<String> errors(String schemaName, JsonNode json) {
    ObjectNode root = ServerJson.mapper().createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + schemaName);
    root.set("components", contract.get("components"));
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    return schema.validate(json).stream().map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
