package app.wingspan.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.wingspan.server.json.ServerJson;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The contracts every answer of the server must satisfy at once: the project's own openapi.yaml,
 * and Wingspan's two published specs, v1 (behind its Python SDK) and v2 (behind its TypeScript
 * SDK). {@link TestApp} checks every 200 answer of the invoice routes against all of them, so any
 * test that makes the server answer something one of Wingspan's SDKs would refuse fails.
 *
 * <p>Wingspan's specs are reference material the project does not ship. They are read from {@code
 * ../shared/reference} beside the checkout (where CI has them), or from the folder named by the
 * system property {@code wingspan.reference.dir} or the environment variable {@code
 * WINGSPAN_REFERENCE_DIR}. Without them only the project's own contract is checked, {@link
 * #wingspan()} is empty, and a warning says so on the test output; with {@code CI=true} a missing
 * folder fails instead.
 */
final class WireContracts {
  static final String V1_FILE = "wingspan-client-invoice.v1.openapi.yaml";
  static final String V2_FILE = "wingspan-client-invoice.v2.openapi.yaml";

  /**
   * One OpenAPI document's schemas, as JSON Schema 2020-12 (all three documents are OpenAPI 3.1).
   */
  record Contract(String name, JsonNode document, Map<String, JsonSchema> schemas) {
    Contract(String name, JsonNode document) {
      this(name, document, new ConcurrentHashMap<>());
    }

    JsonNode schemaNode(String schemaName) {
      return document.at("/components/schemas/" + schemaName);
    }

    /**
     * The validation errors of {@code json} against {@code #/components/schemas/<schemaName>};
     * empty when valid.
     */
    Set<String> errors(String schemaName, JsonNode json) {
      JsonSchema schema =
          schemas.computeIfAbsent(
              schemaName,
              key -> {
                assertThat(schemaNode(key).isMissingNode())
                    .as("%s defines components.schemas.%s", name, key)
                    .isFalse();
                ObjectNode root = ServerJson.mapper().createObjectNode();
                root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                root.put("$ref", "#/components/schemas/" + key);
                root.set("components", document.get("components"));
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(root);
              });
      return schema.validate(json).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final Contract OURS = new Contract("the project's openapi.yaml", ours());

  private static final Pattern COLLECTION = Pattern.compile("/payments/client/invoice");
  private static final Pattern ONE = Pattern.compile("/payments/client/invoice/[^/]+(/pay)?");
  private static final Pattern FEES = Pattern.compile("/payments/client/invoice/[^/]+/fees");

  private WireContracts() {}

  /** Wingspan's v1 and v2 specs, or nothing when the reference folder is not found. */
  static List<Contract> wingspan() {
    return WINGSPAN;
  }

  /** Ours, then Wingspan's where found. */
  static List<Contract> all() {
    List<Contract> all = new ArrayList<>();
    all.add(OURS);
    all.addAll(WINGSPAN);
    return all;
  }

  /**
   * Fails when a 200 answer of an invoice route breaks any of the contracts. Other answers, and
   * routes outside the invoice API, are not checked here.
   */
  static void assertConforms(
      String method, String pathAndQuery, int status, String contentType, String body) {
    // CI has the reference folder: there a missing folder is a broken lookup, never a skip.
    assertThat("true".equalsIgnoreCase(System.getenv("CI")) && WINGSPAN.isEmpty())
        .as("CI=true: %s", MISSING)
        .isFalse();
    if (status != 200 || contentType == null || !contentType.startsWith("application/json")) {
      return;
    }
    String schema = schemaOf(method, pathAndQuery.split("\\?", 2)[0]);
    if (schema == null) {
      return;
    }
    JsonNode json = tree(body);
    for (Contract contract : all()) {
      Set<String> errors = new TreeSet<>();
      if (schema.equals("[ClientInvoice]")) {
        assertThat(json.isArray()).as("%s %s answers an array", method, pathAndQuery).isTrue();
        json.forEach(item -> errors.addAll(contract.errors("ClientInvoice", item)));
      } else {
        errors.addAll(contract.errors(schema, json));
      }
      assertThat(errors)
          .as(
              "%s %s answered a %s that breaks %s:%n%s",
              method, pathAndQuery, schema, contract, body)
          .isEmpty();
    }
  }

  /**
   * Fails unless the project's openapi.yaml declares {@code status} for the operation {@code method
   * pathTemplate} (e.g. {@code patch}, {@code /payments/client/invoice/{id}}) with a description
   * naming the {@code code} the server sent.
   */
  static void assertDeclared(String method, String pathTemplate, int status, String code) {
    JsonNode response =
        OURS.document()
            .path("paths")
            .path(pathTemplate)
            .path(method.toLowerCase(java.util.Locale.ROOT))
            .path("responses")
            .path(String.valueOf(status));
    assertThat(response.isMissingNode())
        .as("openapi.yaml declares %s for %s %s", status, method, pathTemplate)
        .isFalse();
    String ref = response.path("$ref").asText();
    JsonNode declared =
        ref.isEmpty() ? response : OURS.document().at(ref.substring(1).replace("~", "~0"));
    assertThat(declared.path("description").asText())
        .as("what openapi.yaml says %s %s answers with %s", method, pathTemplate, status)
        .contains(code);
  }

  /** The schema a 200 answer of this route has, or null for routes outside the invoice API. */
  static String schemaOf(String method, String path) {
    if (COLLECTION.matcher(path).matches()) {
      return method.equals("GET")
          ? "[ClientInvoice]"
          : method.equals("POST") ? "ClientInvoice" : null;
    }
    if (FEES.matcher(path).matches()) {
      return method.equals("GET") ? "InvoiceFeeCalculation" : null;
    }
    if (ONE.matcher(path).matches()) {
      return path.endsWith("/pay")
          ? (method.equals("POST") ? "ClientInvoice" : null)
          : (method.equals("GET") || method.equals("PATCH") ? "ClientInvoice" : null);
    }
    return null;
  }

  static JsonNode tree(String json) {
    try {
      return ServerJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  /** The folder holding Wingspan's specs, if this checkout has one beside it. */
  static Optional<Path> referenceDir() {
    String configured =
        System.getProperty("wingspan.reference.dir", System.getenv("WINGSPAN_REFERENCE_DIR"));
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      assertThat(dir.resolve(V1_FILE))
          .as("wingspan.reference.dir names a folder with %s", V1_FILE)
          .exists();
      return Optional.of(dir);
    }
    // Tests run in the module's folder; the reference folder sits beside the checkout.
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve("shared").resolve("reference");
      if (Files.isRegularFile(candidate.resolve(V1_FILE))
          && Files.isRegularFile(candidate.resolve(V2_FILE))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Why Wingspan's contracts are not checked; null when they are. */
  static String missingSpecs() {
    return WINGSPAN.isEmpty() ? MISSING : null;
  }

  private static final String MISSING =
      "Wingspan's v1 and v2 specs ("
          + V1_FILE
          + ", "
          + V2_FILE
          + ") were not found in ../shared/reference beside the checkout, nor named by"
          + " -Dwingspan.reference.dir or WINGSPAN_REFERENCE_DIR: answers are checked against the"
          + " project's own openapi.yaml ONLY, not against Wingspan's two contracts";
  private static final List<Contract> WINGSPAN = wingspanSpecs();

  private static List<Contract> wingspanSpecs() {
    if (referenceDir().isEmpty()) {
      System.err.println();
      System.err.println("*".repeat(100));
      System.err.println("WARNING: " + MISSING + ".");
      System.err.println("*".repeat(100));
      System.err.println();
    }
    return referenceDir()
        .map(
            dir ->
                List.of(
                    new Contract("Wingspan's v1 spec (Python SDK)", yaml(dir.resolve(V1_FILE))),
                    new Contract(
                        "Wingspan's v2 spec (TypeScript SDK)", yaml(dir.resolve(V2_FILE)))))
        .orElse(List.of());
  }

  private static JsonNode ours() {
    try (InputStream in =
        WireContracts.class
            .getClassLoader()
            .getResourceAsStream("app/wingspan/model/openapi.yaml")) {
      assertThat(in).as("the model's openapi.yaml on the classpath").isNotNull();
      return yamlMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode yaml(Path file) {
    try {
      return yamlMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static YAMLMapper yamlMapper() {
    // Numbers in the documents (limits, examples) stay exact.
    YAMLMapper mapper = new YAMLMapper();
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return mapper;
  }
}
