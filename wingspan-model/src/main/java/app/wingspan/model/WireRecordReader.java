package app.wingspan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one wire record in a single pass over its JSON object, calling the record's constructor
 * directly: the lenient mapper's reader of response records, generated per record into {@code
 * RecordReaders} from openapi.yaml. Written by hand because it carries the judgement of how to read
 * leniently, with Jackson's public API only: each component's value is read by the deserializer
 * Jackson finds for its type (so open enums, decimals, lists, maps and trees read exactly as
 * elsewhere); unknown members are skipped (or refused, where the mapper fails on unknown
 * properties); a missing member gets that deserializer's absent value and a {@code null} its null
 * value, as Jackson's own record reading does; a repeated member keeps the last value; an error
 * names the path. Anything but a JSON object (a string, an array, ...) is handed to Jackson's own
 * deserializer for the record, so odd input fails or coerces exactly as before.
 *
 * <p>Jackson reads a record through its general creator machinery: buffering every value, looking
 * each name up in a table, then constructing by reflection. Here members are expected in the
 * record's own order (the order this project writes them): the parser compares the next name with
 * the expected one as it reads it, and only a member out of order is looked up by name. For a full
 * ClientInvoice (about 90 records) that is most of the difference DecodeBenchmark measures against
 * plain Jackson.
 */
abstract class WireRecordReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  /**
   * How a component's scalar value is read when its token is the plain one; anything else goes to
   * Jackson.
   */
  private static final byte OTHER = 0;

  private static final byte TEXT = 1;
  private static final byte DECIMAL = 2;
  private static final byte FLAG = 3;

  /** Marks a component whose member has not been seen (null is a value a member can have). */
  private static final Object ABSENT = new Object();

  private final transient Type[] types;
  private final transient SerializableString[] names;
  private final transient Map<String, Integer> indexes;
  private final transient byte[] scalars;
  private transient JsonDeserializer<Object>[] readers;

  /**
   * @param jacksons Jackson's own deserializer of the record, for input that is not an object
   * @param names the components' wire names, in the record's order
   * @param types the components' types, in the same order
   */
  WireRecordReader(JsonDeserializer<?> jacksons, String[] names, Type... types) {
    super(jacksons);
    if (names.length != types.length) {
      throw new IllegalArgumentException(names.length + " names for " + types.length + " types");
    }
    this.types = types;
    this.names = new SerializableString[names.length];
    this.indexes = new HashMap<>();
    this.scalars = new byte[types.length];
    for (int i = 0; i < types.length; i++) {
      this.names[i] = new SerializedString(names[i]);
      indexes.put(names[i], i);
      scalars[i] =
          types[i] == String.class
              ? TEXT
              : types[i] == BigDecimal.class ? DECIMAL : types[i] == Boolean.class ? FLAG : OTHER;
    }
  }

  /**
   * A module that puts each record's reader in front of Jackson's own deserializer of that record.
   */
  static SimpleModule module(
      Map<Class<?>, Function<JsonDeserializer<?>, WireRecordReader>> readers) {
    SimpleModule module = new SimpleModule("wingspan-record-readers");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            Function<JsonDeserializer<?>, WireRecordReader> reader =
                readers.get(description.getBeanClass());
            return reader == null ? deserializer : reader.apply(deserializer);
          }
        });
    return module;
  }

  /**
   * A copy of this reader around another of Jackson's deserializers, keeping the resolved component
   * readers.
   */
  abstract WireRecordReader with(JsonDeserializer<?> jacksons);

  /** The record of these component values, in the record's order. */
  abstract Object build(Object[] values);

  @Override
  protected final JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    WireRecordReader copy = with(newDelegatee);
    copy.readers = readers;
    return copy;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void resolve(DeserializationContext context) throws JsonMappingException {
    super.resolve(context);
    JsonDeserializer<Object>[] found =
        (JsonDeserializer<Object>[]) new JsonDeserializer<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      found[i] =
          context.findRootValueDeserializer(context.getTypeFactory().constructType(types[i]));
    }
    readers = found;
  }

  @Override
  public final Object deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT
        && token != JsonToken.FIELD_NAME
        && token != JsonToken.END_OBJECT) {
      return _delegatee.deserialize(parser, context);
    }
    Object[] values = new Object[names.length];
    Arrays.fill(values, ABSENT);
    // Entered on a member's name (a buffered object), read that member first.
    boolean pending = token == JsonToken.FIELD_NAME;
    int expected = 0;
    while (true) {
      int index;
      if (pending) {
        pending = false;
      } else if (expected < names.length) {
        if (parser.nextFieldName(names[expected])) {
          values[expected] = value(parser, context, expected);
          expected++;
          continue;
        }
      } else {
        parser.nextToken();
      }
      // Not the member expected next: the end of the object, or a member out of order or unknown.
      if (parser.currentToken() != JsonToken.FIELD_NAME) {
        break;
      }
      String name = parser.currentName();
      Integer found = indexes.get(name);
      if (found == null) {
        parser.nextToken();
        context.handleUnknownProperty(parser, this, handledType(), name);
        continue;
      }
      index = found;
      values[index] = value(parser, context, index);
      expected = index + 1;
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == ABSENT) {
        values[i] = readers[i].getAbsentValue(context);
      }
    }
    return build(values);
  }

  /** Reads component {@code index} from the value after its member's name. */
  private Object value(JsonParser parser, DeserializationContext context, int index)
      throws IOException {
    JsonToken token = parser.nextToken();
    // The common cases read straight from the parser, as Jackson's own deserializers read these
    // very tokens; any
    // other token (a coercion, an error) goes to the deserializer below.
    switch (scalars[index]) {
      case TEXT:
        if (token == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        break;
      case DECIMAL:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return parser.getDecimalValue();
        }
        break;
      case FLAG:
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return token == JsonToken.VALUE_TRUE;
        }
        break;
      default:
        break;
    }
    try {
      return token == JsonToken.VALUE_NULL
          ? readers[index].getNullValue(context)
          : readers[index].deserialize(parser, context);
    } catch (IOException | RuntimeException e) {
      throw JsonMappingException.wrapWithPath(e, handledType(), names[index].getValue());
    }
  }
}
