package app.wingspan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one wire record in a single pass over its JSON object, calling the record's constructor directly: the
 * lenient mapper's reader of response records, generated per record into {@code RecordReaders} from
 * openapi.yaml. Written by hand because it carries the judgement of how to read leniently, with Jackson's public
 * API only: each component's value is read by the deserializer Jackson finds for its type (so open enums,
 * decimals, lists, maps and trees read exactly as elsewhere); unknown members are skipped (or refused, where the mapper fails on unknown properties); a missing member
 * gets that deserializer's absent value and a {@code null} its null value, as Jackson's own record reading does;
 * a repeated member keeps the last value; an error names the path. Anything but a JSON object (a string, an
 * array, ...) is handed to Jackson's own deserializer for the record, so odd input fails or coerces exactly as
 * before.
 *
 * <p>Jackson reads a record through its general creator machinery: buffering every value, looking each name up
 * in a table, then constructing by reflection. For a full ClientInvoice (about 90 records) that bookkeeping is
 * most of the difference DecodeBenchmark measures.
 */
abstract class WireRecordReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final transient Type[] types;
  private transient JsonDeserializer<Object>[] readers;

  /**
   * @param jacksons Jackson's own deserializer of the record, for input that is not an object
   * @param types the record components' types, in the order the generated reader numbers them
   */
  WireRecordReader(JsonDeserializer<?> jacksons, Type... types) {
    super(jacksons);
    this.types = types;
  }

  /** A module that puts each record's reader in front of Jackson's own deserializer of that record. */
  static SimpleModule module(Map<Class<?>, Function<JsonDeserializer<?>, WireRecordReader>> readers) {
    SimpleModule module = new SimpleModule("wingspan-record-readers");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Function<JsonDeserializer<?>, WireRecordReader> reader = readers.get(description.getBeanClass());
        return reader == null ? deserializer : reader.apply(deserializer);
      }
    });
    return module;
  }

  /** A copy of this reader around another of Jackson's deserializers, keeping the resolved component readers. */
  abstract WireRecordReader with(JsonDeserializer<?> jacksons);

  /** Reads the object whose first member name {@code first} is (null for an empty object). */
  abstract Object read(JsonParser parser, DeserializationContext context, String first) throws IOException;

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
    JsonDeserializer<Object>[] found = (JsonDeserializer<Object>[]) new JsonDeserializer<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      found[i] = context.findRootValueDeserializer(context.getTypeFactory().constructType(types[i]));
    }
    readers = found;
  }

  @Override
  public final Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return read(parser, context, parser.nextFieldName());
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return read(parser, context, token == JsonToken.FIELD_NAME ? parser.currentName() : null);
    }
    return _delegatee.deserialize(parser, context);
  }

  /** The value of component {@code index} when its member is missing. */
  final Object absent(int index, DeserializationContext context) throws JsonMappingException {
    return readers[index].getAbsentValue(context);
  }

  /** Reads component {@code index} from the value the parser is on (it has just read the member's name). */
  final Object value(JsonParser parser, DeserializationContext context, int index, String name) throws IOException {
    JsonToken token = parser.nextToken();
    try {
      return token == JsonToken.VALUE_NULL
          ? readers[index].getNullValue(context)
          : readers[index].deserialize(parser, context);
    } catch (IOException | RuntimeException e) {
      throw JsonMappingException.wrapWithPath(e, handledType(), name);
    }
  }

  /**
   * Skips the value of a member this record does not have, as Jackson does: problem handlers are asked, and a
   * mapper configured to fail on unknown properties fails here too.
   */
  final void skip(JsonParser parser, DeserializationContext context, String name) throws IOException {
    parser.nextToken();
    context.handleUnknownProperty(parser, this, handledType(), name);
  }
}
