package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The one owner of this project's JSON configuration, shared by the SDK and the server so both
 * sides read and write the wire model the same way.
 *
 * <p>{@link #reader()} reads leniently, as a client of a newer server must: unknown properties are
 * ignored, missing fields stay {@code null} (or absent), enum values this code does not know are
 * kept. All JSON numbers with a fraction or exponent are read as {@link java.math.BigDecimal} and
 * written as plain decimal text, so no amount is ever rounded through {@code double}. When writing
 * ({@link #writer()}), an absent {@code JsonNullable} is left out, an explicit-null one is written
 * as {@code null}, and a plain {@code null} field is left out.
 *
 * <p>Readers and writers are immutable: configuring one returns a new one and changes nothing the
 * SDK uses. The mapper behind them is private; {@link #newMapper()} gives a copy of your own to
 * configure as you like.
 */
public final class WingspanJson {
  /**
   * Largest decimal exponent a request may carry. BigDecimal stores 1e999999999 in a few bytes, but
   * rounding or printing it plainly would build a billion digits; no amount or percentage needs
   * more than this.
   */
  static final int MAX_REQUEST_SCALE = 1000;

  private static final ObjectMapper MAPPER = lenient().build();
  private static final ObjectMapper STRICT = strict().build();
  private static final ObjectReader READER = MAPPER.reader();
  private static final ObjectWriter WRITER = MAPPER.writer();

  private WingspanJson() {}

  /**
   * The lenient reader, not bound to a type: {@code reader().forType(ClientInvoice.class)}, {@code
   * readTree}.
   *
   * @return the shared, immutable reader
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * The lenient reader of one type, such as {@code
   * readerFor(ClientInvoice.class).readValue(bytes)}.
   *
   * @param type the type to read
   * @return an immutable reader
   */
  public static ObjectReader readerFor(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /**
   * The lenient reader of a generic type, such as {@code new TypeReference<List<ClientInvoice>>()
   * {}}.
   *
   * @param type the type to read
   * @return an immutable reader
   */
  public static ObjectReader readerFor(TypeReference<?> type) {
    return MAPPER.readerFor(type);
  }

  /**
   * The writer of the wire format: tri-state fields as set, plain decimals, nulls left out.
   *
   * @return the shared, immutable writer
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A new mapper configured like the SDK's lenient one, for code that needs an {@link ObjectMapper}
   * of its own. Reconfiguring it affects nothing else.
   *
   * @return a new mapper on each call
   */
  public static ObjectMapper newMapper() {
    return MAPPER.copy();
  }

  /**
   * A new mapper configured as a server decodes requests: strictly. An unknown property, a value of
   * the wrong JSON type (no coercion of {@code "5"} to a number), an enum value this code does not
   * know, a duplicate key or anything after the document fails with a Jackson exception whose path
   * names the field; decimals with an absurd exponent are refused. Reconfiguring it affects nothing
   * else.
   *
   * @return a new mapper on each call
   */
  public static ObjectMapper newStrictMapper() {
    return STRICT.copy();
  }

  /** The shared lenient mapper; this module's tests only. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The shared strict mapper; this module's tests only. */
  static ObjectMapper strictMapper() {
    return STRICT;
  }

  /**
   * The wire path of the field a decoding error is about (dots and brackets, such as {@code
   * lineItems[0].quantity}); this module's tests only.
   */
  static String fieldPath(JsonMappingException error) {
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
        .addModule(TriStateDeserializer.module())
        .addModule(openEnumReading())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        // Trees (free-form objects such as taxForm) keep a decimal's scale: 1.10 stays 1.10.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        // Plain nulls are left out; a JsonNullable holding null is written as null (content:
        // ALWAYS).
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
  }

  /**
   * Reads an open enum from a JSON string by calling its factory directly. Through its
   * {@code @JsonCreator} alone, Jackson reaches the factory by reflection behind a bean
   * deserializer's string dispatch, which the profile of DecodeBenchmark put at about 7% of
   * decoding a full ClientInvoice. Every other token still goes to Jackson's own deserializer, so
   * what is accepted or rejected does not change; the strict mapper's deserializer is left alone.
   */
  private static SimpleModule openEnumReading() {
    SimpleModule module = new SimpleModule("wingspan-open-enums");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            OpenEnums.Kind kind = OpenEnums.KINDS.get(description.getBeanClass());
            return kind != null && deserializer instanceof BeanDeserializerBase
                ? new OpenEnumReader(deserializer, kind)
                : deserializer;
          }
        });
    return module;
  }

  /**
   * An open enum's string read through its factory; anything else handed to the deserializer it
   * wraps.
   */
  private static final class OpenEnumReader extends DelegatingDeserializer {
    private final transient OpenEnums.Kind kind;

    OpenEnumReader(JsonDeserializer<?> jacksons, OpenEnums.Kind kind) {
      super(jacksons);
      this.kind = kind;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new OpenEnumReader(newDelegatee, kind);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        return kind.factory().apply(parser.getText());
      }
      return _delegatee.deserialize(parser, context);
    }
  }

  private static JsonMapper.Builder lenient() {
    return lenientByJackson().addModule(RecordReaders.module());
  }

  /**
   * The lenient configuration with records read by Jackson's own deserializer, which RecordReaders
   * must match.
   */
  static JsonMapper.Builder lenientByJackson() {
    return common().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static JsonMapper.Builder strict() {
    JsonMapper.Builder builder =
        common()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(strictValues());
    // Each JSON type maps to one Java type: "5" is not a number, 5 is not a string, "true" is not a
    // boolean.
    builder.withCoercionConfigDefaults(
        config ->
            config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    builder.withCoercionConfig(
        LogicalType.Textual,
        config ->
            config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    builder.withCoercionConfig(
        LogicalType.Boolean,
        config ->
            config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    // Decimals accept any JSON number, integral or not.
    builder.withCoercionConfig(
        LogicalType.Float,
        config ->
            config
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    builder.withCoercionConfig(
        LogicalType.Integer,
        config ->
            config
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    return builder;
  }

  private static SimpleModule strictValues() {
    SimpleModule module = new SimpleModule("wingspan-strict-values");
    module.setDeserializers(new StrictDeserializers());
    return module;
  }

  /** Finds the strict deserializers: every open enum type, and bounded decimals. */
  private static final class StrictDeserializers extends SimpleDeserializers {
    StrictDeserializers() {
      addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description)
        throws JsonMappingException {
      OpenEnums.Kind kind = OpenEnums.KINDS.get(type.getRawClass());
      if (kind != null) {
        return new StrictOpenEnumDeserializer(type.getRawClass(), kind);
      }
      return super.findBeanDeserializer(type, config, description);
    }
  }

  /** Jackson's own decimal reading (with the strict coercion rules), refusing absurd exponents. */
  private static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    BoundedDecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      BigDecimal value =
          NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
      if (value != null && Math.abs(value.scale()) > MAX_REQUEST_SCALE) {
        return (BigDecimal)
            context.handleWeirdNumberValue(
                BigDecimal.class,
                value,
                "exponent out of range (at most "
                    + MAX_REQUEST_SCALE
                    + " digits either side of the point)");
      }
      return value;
    }
  }

  /**
   * Accepts only a JSON string naming a known constant: a request must say something this server
   * understands.
   */
  private static final class StrictOpenEnumDeserializer extends StdScalarDeserializer<OpenEnum> {
    private final transient OpenEnums.Kind kind;

    StrictOpenEnumDeserializer(Class<?> type, OpenEnums.Kind kind) {
      super(type);
      this.kind = kind;
    }

    @Override
    public OpenEnum deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (OpenEnum) context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      OpenEnum value = kind.factory().apply(text);
      if (!value.isKnown()) {
        return (OpenEnum)
            context.handleWeirdStringValue(handledType(), text, "not one of " + kind.known());
      }
      return value;
    }
  }
}
