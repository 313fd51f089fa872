package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.wingspan.server.WireContracts.Contract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our answers satisfy both of Wingspan's specs at once, so both of Wingspan's SDKs read them: the
 * one its Python SDK was generated from (v1) and the one behind its TypeScript SDK (v2). Every
 * test's answers are checked as they arrive (see {@link WireContracts}); this class makes the
 * server answer every shape it has, proves the checks have teeth, and walks the specs' {@code
 * required} lists so our own contract promises the union.
 */
class WingspanSpecsTest {
  private static final TestApp APP = TestApp.shared();
  private static TestApp.Party client;
  private static TestApp.Party member;

  @BeforeAll
  static void specsAreHere() {
    // CI has the reference folder beside the checkout: there a missing folder is a broken lookup,
    // not a skip.
    if (System.getenv("CI") != null) {
      assertThat(WireContracts.wingspan())
          .as("Wingspan's specs found beside the checkout in CI")
          .hasSize(2);
    }
    client = APP.client();
    member = APP.member();
  }

  /**
   * Without the reference folder every answer is checked against our contract only: this test is
   * then skipped with the reason, so the build's summary says so (and in CI=true every request any
   * test makes fails instead).
   */
  @Test
  void everyAnswerOfEveryTestIsCheckedAgainstWingspansTwoSpecsToo() {
    assumeTrue(WireContracts.missingSpecs() == null, WireContracts.missingSpecs());
    assertThat(WireContracts.all()).hasSize(3);
  }

  @Test
  void everyKindOfAnswerSatisfiesBothSpecs() {
    assumeFalse(
        WireContracts.wingspan().isEmpty(), "Wingspan's specs are not beside this checkout");
    String dueYesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    String everyField =
        "{\"memberId\":\""
            + member.id()
            + "\",\"clientEmail\":\"c@example.test\","
            + "\"clientEmailCC\":[\"cc@example.test\"],\"clientFirstName\":\"Carl\",\"clientLastName\":\"Client\","
            + "\"clientCompany\":\"Carl Co\",\"currency\":\"CAD\",\"creditFeeHandling\":{\"clientPays\":25},"
            + "\"dueDate\":\""
            + dueYesterday
            + "\",\"lineItems\":[{\"description\":\"Design\",\"detail\":\"October\","
            + "\"unit\":\"hours\",\"quantity\":2.5,\"costPerUnit\":80,\"reimbursableExpense\":false,"
            + "\"labels\":{\"project\":\"engine\"},\"integration\":{\"quickbooks\":{\"itemId\":\"qb-1\","
            + "\"expenseAccountId\":\"qb-9\"}}},{\"totalCost\":10}]}";
    String id = created(APP.send("POST", "/payments/client/invoice", client.token(), everyField));
    String plain = APP.createInvoice(client, member);

    // Each answer below is checked against our contract, v1 and v2 by TestApp as it arrives.
    List<TestApp.Response> answers =
        List.of(
            APP.get(path(id), client.token()),
            APP.send("PATCH", path(id), client.token(), "{\"status\":\"Open\"}"),
            APP.get(path(id), client.token()),
            APP.get(path(id) + "/fees", client.token()),
            APP.send("PATCH", path(id), client.token(), "{\"status\":\"Paid\"}"),
            APP.send("PATCH", path(plain), client.token(), null),
            APP.send(
                "PATCH",
                path(plain),
                client.token(),
                "{\"creditFeeHandling\":{\"clientAbsolutePercentage\":3}}"),
            APP.send("PATCH", path(plain), client.token(), "{\"status\":\"Cancelled\"}"),
            APP.get(path(plain) + "/fees", client.token()),
            APP.get("/payments/client/invoice", client.token()),
            APP.get("/payments/client/invoice?limit=1", client.token()));

    assertThat(answers).extracting(TestApp.Response::status).containsOnly(200);
    assertThat(answers.get(2).json().path("status").asText()).isEqualTo("Overdue");
  }

  /** A contract, a change to a valid answer, and a word the refusal must contain. */
  static Stream<Arguments> brokenAnswers() {
    return Stream.of(
        broken(
            "v1",
            "no lineItems[].userRoles",
            invoice -> lineItem(invoice).remove("userRoles"),
            "userRoles"),
        broken(
            "v1",
            "userRoles without viewerIds",
            invoice -> ((ObjectNode) lineItem(invoice).get("userRoles")).remove("viewerIds"),
            "viewerIds"),
        broken(
            "v1",
            "formW9Data without addressLine1",
            invoice -> w9(invoice).remove("addressLine1"),
            "addressLine1"),
        broken("v1", "formW9Data.city null", invoice -> w9(invoice).putNull("city"), "city"),
        broken(
            "v1",
            "formW9Data.companyStructure null",
            invoice -> w9(invoice).putNull("companyStructure"),
            "companyStructure"),
        broken(
            "v2",
            "memberClient without internal",
            invoice -> ((ObjectNode) invoice.get("memberClient")).remove("internal"),
            "internal"),
        broken("v2", "amount as text", invoice -> invoice.put("amount", "12.50"), "amount"),
        broken(
            "ours",
            "no lineItems[].userRoles",
            invoice -> lineItem(invoice).remove("userRoles"),
            "userRoles"),
        broken("ours", "formW9Data.state null", invoice -> w9(invoice).putNull("state"), "state"));
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @MethodSource("brokenAnswers")
  void theChecksRefuseWhatEachContractForbids(
      String contractName, String name, Consumer<ObjectNode> breakIt, String word) {
    Contract contract = contract(contractName);
    JsonNode answer = APP.get(path(APP.createInvoice(client, member)), client.token()).json();
    ObjectNode broken = answer.deepCopy();
    breakIt.accept(broken);

    assertThat(contract.errors("ClientInvoice", answer)).isEmpty();
    assertThat(contract.errors("ClientInvoice", broken))
        .isNotEmpty()
        .anySatisfy(error -> assertThat(error).contains(word));
  }

  static Stream<Arguments> wingspanSpecsAndRoots() {
    return Stream.of("v1", "v2")
        .flatMap(
            spec ->
                Stream.of("ClientInvoice", "InvoiceFeeCalculation")
                    .map(root -> Arguments.of(spec, root)));
  }

  /**
   * Walks a Wingspan spec from a response schema down every property path (through references,
   * unions and arrays) and finds, at the same path in our contract, each property it requires:
   * required too, and never null where that spec does not allow null. This is what found
   * lineItems[].userRoles and formW9Data's keys.
   */
  @ParameterizedTest(name = "our {1} requires what {0}''s requires")
  @MethodSource("wingspanSpecsAndRoots")
  void ourContractRequiresWhatEitherSpecRequires(String specName, String root) {
    Contract spec = contract(specName);
    List<String> missing = new ArrayList<>();
    compare(spec, spec.schemaNode(root), WireContracts.OURS.schemaNode(root), root, missing, 0);

    assertThat(missing).isEmpty();
  }

  // ---- the walk

  private static final int MAX_DEPTH = 12;

  private static void compare(
      Contract spec, JsonNode theirs, JsonNode ours, String path, List<String> missing, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    List<JsonNode> theirAlternatives = alternatives(spec.document(), theirs);
    List<JsonNode> ourAlternatives = alternatives(WireContracts.OURS.document(), ours);
    for (JsonNode their : theirAlternatives) {
      if (their.has("items")) {
        JsonNode ourItems =
            ourAlternatives.stream()
                .filter(o -> o.has("items"))
                .map(o -> o.get("items"))
                .findFirst()
                .orElse(null);
        if (ourItems == null) {
          missing.add(path + ": an array in " + spec + ", not in ours");
        } else {
          compare(spec, their.get("items"), ourItems, path + "[]", missing, depth + 1);
        }
      }
      JsonNode ourObject =
          ourAlternatives.stream().filter(o -> o.has("properties")).findFirst().orElse(null);
      Set<String> ourRequired = new LinkedHashSet<>();
      if (ourObject != null) {
        ourObject.path("required").forEach(name -> ourRequired.add(name.asText()));
      }
      for (JsonNode name : their.path("required")) {
        String property = name.asText();
        if (!ourRequired.contains(property)) {
          missing.add(path + "." + property + ": required by " + spec + ", not by ours");
        }
      }
      their
          .path("properties")
          .properties()
          .forEach(
              property -> {
                JsonNode ourProperty =
                    ourObject == null ? null : ourObject.path("properties").get(property.getKey());
                String at = path + "." + property.getKey();
                if (ourProperty == null) {
                  return; // a field we never send: nothing to require
                }
                boolean theyRequire = contains(their.path("required"), property.getKey());
                if (theyRequire
                    && !allowsNull(spec.document(), property.getValue())
                    && allowsNull(WireContracts.OURS.document(), ourProperty)) {
                  missing.add(at + ": never null in " + spec + ", nullable in ours");
                }
                compare(spec, property.getValue(), ourProperty, at, missing, depth + 1);
              });
    }
  }

  /** A schema's object or array shapes, through $ref, anyOf, oneOf and allOf. */
  private static List<JsonNode> alternatives(JsonNode document, JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    collect(document, schema, out, 0);
    return out;
  }

  private static void collect(JsonNode document, JsonNode schema, List<JsonNode> out, int depth) {
    if (schema == null || depth > 8) {
      return;
    }
    if (schema.has("$ref")) {
      collect(document, document.at(schema.get("$ref").asText().substring(1)), out, depth + 1);
    }
    for (String union : List.of("anyOf", "oneOf", "allOf")) {
      schema.path(union).forEach(alternative -> collect(document, alternative, out, depth + 1));
    }
    if (schema.has("properties") || schema.has("required") || schema.has("items")) {
      out.add(schema);
    }
  }

  private static boolean allowsNull(JsonNode document, JsonNode schema) {
    if (schema.has("$ref")) {
      return allowsNull(document, document.at(schema.get("$ref").asText().substring(1)));
    }
    for (String union : List.of("anyOf", "oneOf")) {
      for (JsonNode alternative : schema.path(union)) {
        if (allowsNull(document, alternative)) {
          return true;
        }
      }
    }
    JsonNode type = schema.get("type");
    if (type == null) {
      return !schema.has("anyOf") && !schema.has("oneOf") && !schema.has("enum");
    }
    return type.isArray() ? contains(type, "null") : type.asText().equals("null");
  }

  private static boolean contains(JsonNode array, String text) {
    for (JsonNode item : array) {
      if (item.asText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  // ---- helpers

  private static Contract contract(String name) {
    if (name.equals("ours")) {
      return WireContracts.OURS;
    }
    assumeFalse(
        WireContracts.wingspan().isEmpty(), "Wingspan's specs are not beside this checkout");
    return WireContracts.wingspan().get(name.equals("v1") ? 0 : 1);
  }

  private static Arguments broken(
      String contract, String name, Consumer<ObjectNode> breakIt, String word) {
    return Arguments.of(contract, name, breakIt, word);
  }

  private static ObjectNode lineItem(ObjectNode invoice) {
    return (ObjectNode) invoice.get("lineItems").get(0);
  }

  private static ObjectNode w9(ObjectNode invoice) {
    return (ObjectNode) invoice.get("memberClient").get("formW9Data");
  }

  private static String created(TestApp.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().path("invoiceId").asText();
  }

  private static String path(String id) {
    return "/payments/client/invoice/" + id;
  }
}
