package app.wingspan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The project's OpenAPI document as JSON Schema (draft 2020-12), and the one way tests write model
 * JSON: every JSON a test writes goes through {@link #write(Object)}, which checks it against the
 * schema named like the value's type.
 */
final class WireSchema {
  static final String RESOURCE = "/app/wingspan/model/openapi.yaml";
  static final JsonNode DOCUMENT = load();

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private WireSchema() {}

  private static JsonNode load() {
    try (InputStream in = WireSchema.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("classpath resource %s", RESOURCE).isNotNull();
      // Numbers in the document (limits, defaults) stay exact too.
      return new YAMLMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema {@code #/components/schemas/<name>}, its references resolved within the document.
   */
  static JsonSchema schema(String name) {
    return SCHEMAS.computeIfAbsent(
        name,
        key -> {
          assertThat(DOCUMENT.at("/components/schemas/" + key).isMissingNode())
              .as("openapi.yaml defines components.schemas.%s", key)
              .isFalse();
          ObjectNode root = WingspanJson.mapper().createObjectNode();
          root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
          root.put("$ref", "#/components/schemas/" + key);
          root.set("components", DOCUMENT.get("components"));
          return FACTORY.getSchema(root);
        });
  }

  /** The validation errors of a JSON document against a named schema; empty when valid. */
  static Set<String> errors(String schemaName, JsonNode json) {
    return schema(schemaName).validate(json).stream()
        .map(ValidationMessage::getMessage)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  static void assertValid(String schemaName, JsonNode json) {
    assertThat(errors(schemaName, json)).as("%s against schema %s", json, schemaName).isEmpty();
  }

  /**
   * Writes a model value with the shared mapper and checks the text against the value type's
   * schema.
   */
  static String write(Object value) {
    try {
      String text = WingspanJson.mapper().writeValueAsString(value);
      assertValid(value.getClass().getSimpleName(), tree(text));
      return text;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON text as a tree with the shared mapper: decimals exact, scale kept. */
  static JsonNode tree(String text) {
    try {
      return WingspanJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String text, Class<T> type) {
    try {
      return WingspanJson.mapper().readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
