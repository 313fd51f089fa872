package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server answers satisfies the project's contract document (the one it serves at
 * /openapi.yaml): required fields present, no unknown fields, no null items in object arrays,
 * errors in the ErrorBody shape.
 */
class ContractTest {
  private static final TestApp APP = TestApp.shared();
  private static WireContracts.Contract served;
  private static TestApp.Party client;
  private static String invoiceId;

  @BeforeAll
  static void load() throws Exception {
    String yaml = APP.get("/openapi.yaml", null).body();
    served =
        new WireContracts.Contract(
            "/openapi.yaml as served",
            new YAMLMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(yaml));
    client = APP.client();
    invoiceId = APP.createInvoice(client, APP.member());
  }

  @Test
  void everyInvoiceResponseIsAValidClientInvoice() {
    TestApp.Response created =
        APP.send(
            "POST",
            "/payments/client/invoice",
            client.token(),
            TestApp.createBody(APP.member().id()));
    String id = created.json().path("invoiceId").asText();
    TestApp.Response sent =
        APP.send(
            "PATCH",
            "/payments/client/invoice/" + id,
            client.token(),
            "{\"status\":\"Open\",\"creditFeeHandling\":{\"clientPays\":25}}");
    TestApp.Response paid =
        APP.send(
            "PATCH", "/payments/client/invoice/" + id, client.token(), "{\"status\":\"Paid\"}");

    String byCard = APP.sentInvoice(client, APP.member());
    TestApp.Response cardPaid = APP.pay(client, byCard, "{\"paymentMethodId\":\"pm_card_visa\"}");
    String byBank = APP.sentInvoice(client, APP.member());
    TestApp.Response inTransit = APP.pay(client, byBank, "{\"accountId\":\"ba_test_success\"}");

    assertValid("ClientInvoice", cardPaid.json());
    assertValid("ClientInvoice", inTransit.json());
    assertValid("ClientInvoice", created.json());
    assertValid("ClientInvoice", sent.json());
    assertValid("ClientInvoice", paid.json());
    assertValid(
        "ClientInvoice", APP.get("/payments/client/invoice/" + invoiceId, client.token()).json());
    JsonNode list = APP.get("/payments/client/invoice", client.token()).json();
    assertThat(list.isArray()).isTrue();
    list.forEach(invoice -> assertValid("ClientInvoice", invoice));
  }

  @Test
  void feesAreAValidInvoiceFeeCalculation() {
    assertValid(
        "InvoiceFeeCalculation",
        APP.get("/payments/client/invoice/" + invoiceId + "/fees", client.token()).json());
  }

  @Test
  void errorsAreValidErrorBodies() {
    assertValid("ErrorBody", APP.get("/payments/client/invoice/nope", client.token()).json());
    assertValid("ErrorBody", APP.get("/payments/client/invoice", null).json());
    assertValid(
        "ErrorBody",
        APP.send("PATCH", "/payments/client/invoice/" + invoiceId, client.token(), "{\"status\":1}")
            .json());
    assertValid(
        "ErrorBody", APP.send("DELETE", "/payments/client/invoice", client.token(), null).json());
    String id = APP.sentInvoice(client, APP.member());
    assertValid(
        "ErrorBody",
        APP.pay(client, id, "{\"paymentMethodId\":\"pm_card_chargeDeclined\"}").json());
    assertValid("ErrorBody", APP.pay(client, id, "{}").json());
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
    return served.errors(schemaName, json);
  }
}
