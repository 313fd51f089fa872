package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The one owner of this project's JSON configuration, shared by the SDK and the server so both sides read
 * and write the wire model the same way.
 *
 * <p>{@link #mapper()} reads leniently, as a client of a newer server must: unknown properties are ignored,
 * missing fields stay {@code null} (or absent), enum values this code does not know are kept. All JSON
 * numbers with a fraction or exponent are read as {@link java.math.BigDecimal} and written as plain decimal
 * text, so no amount is ever rounded through {@code double}. When writing, an absent {@code JsonNullable} is
 * left out, an explicit-null one is written as {@code null}, and a plain {@code null} field is left out.
 *
 * <p>{@link #strictMapper()} writes the same way but reads request bodies strictly: an unknown property, a
 * value of the wrong JSON type, an enum value this code does not know, a duplicate key or anything after the
 * document fails with a Jackson exception whose path names the field.
 *
 * <p>Both mappers are shared instances: use them as they are and never reconfigure them.
 */
public final class WingspanJson {
  private static final ObjectMapper MAPPER = lenient().build();
  private static final ObjectMapper STRICT = strict().build();

  private WingspanJson() {}

  /**
   * The lenient mapper for responses and everything else.
   *
   * @return the shared, fully configured mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The strict mapper for decoding request bodies on the server.
   *
   * @return the shared strict mapper
   */
  public static ObjectMapper strictMapper() {
    return STRICT;
  }

  /**
   * The wire path of the field a decoding error is about, for an error body's {@code param}: property names
   * joined by dots, list positions in brackets, such as {@code lineItems[0].quantity}.
   *
   * @param error what Jackson threw
   * @return the path, or an empty string when the error is about the document as a whole
   */
  public static String fieldPath(JsonMappingException error) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : error.getPath()) {
      if (step.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static JsonMapper.Builder common() {
    return JsonMapper.builder()
        .addModule(new JsonNullableModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // Trees (free-form objects such as taxForm) keep a decimal's scale: 1.10 stays 1.10.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Plain nulls are left out; a JsonNullable holding null is written as null (content: ALWAYS).
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.ALWAYS))
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS);
  }

  private static JsonMapper.Builder lenient() {
    return common().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static JsonMapper.Builder strict() {
    JsonMapper.Builder builder = common()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .addModule(strictEnums());
    builder.withCoercionConfigDefaults(config -> config
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.Float,
        LogicalType.Integer)) {
      builder.withCoercionConfig(type, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
    // A number is a valid number, whatever its form.
    builder.withCoercionConfig(LogicalType.Float, config -> config
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert));
    return builder;
  }

  private static SimpleModule strictEnums() {
    SimpleModule module = new SimpleModule("wingspan-strict-enums");
    module.setDeserializers(new StrictOpenEnums());
    return module;
  }

  /** Finds the strict deserializer for every open enum type. */
  private static final class StrictOpenEnums extends SimpleDeserializers {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription description) {
      OpenEnums.Kind kind = OpenEnums.KINDS.get(type.getRawClass());
      return kind == null ? null : new StrictOpenEnumDeserializer(type.getRawClass(), kind);
    }
  }

  /** Accepts only a JSON string naming a known constant: a request must say something this server understands. */
  private static final class StrictOpenEnumDeserializer extends StdScalarDeserializer<OpenEnum> {
    private final transient OpenEnums.Kind kind;

    StrictOpenEnumDeserializer(Class<?> type, OpenEnums.Kind kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public OpenEnum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (OpenEnum) context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      OpenEnum value = kind.factory().apply(text);
      if (!value.isKnown()) {
        return (OpenEnum) context.handleWeirdStringValue(handledType(), text, "not one of " + kind.known());
      }
      return value;
    }
  }
}
