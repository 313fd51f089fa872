package app.wingspan.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Reads a {@link JsonNullable} field: missing is absent, {@code null} is explicit null, anything
 * else is handed to the value's own deserializer.
 *
 * <p>Replaces the library's deserializer, which turns a blank string into "absent" for every
 * non-string type: {@code {"status": ""}} would silently mean "leave the status alone", and {@code
 * {"costPerUnit": " "}} would slip past the strict reader. Here a blank string is just a string,
 * accepted or rejected like any other.
 */
final class TriStateDeserializer extends ReferenceTypeDeserializer<JsonNullable<Object>> {
  private static final long serialVersionUID = 1L;

  private TriStateDeserializer(
      JavaType fullType,
      ValueInstantiator instantiator,
      TypeDeserializer typeDeserializer,
      JsonDeserializer<?> deserializer) {
    super(fullType, instantiator, typeDeserializer, deserializer);
  }

  /**
   * Registers this deserializer ahead of the JsonNullable module's own (later modules take
   * precedence).
   */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("wingspan-tri-state");
    module.setDeserializers(new Finder());
    return module;
  }

  @Override
  protected TriStateDeserializer withResolved(
      TypeDeserializer typeDeserializer, JsonDeserializer<?> deserializer) {
    return new TriStateDeserializer(_fullType, _valueInstantiator, typeDeserializer, deserializer);
  }

  @Override
  public JsonNullable<Object> getNullValue(DeserializationContext context) {
    return JsonNullable.of(null);
  }

  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return JsonNullable.undefined();
  }

  @Override
  public JsonNullable<Object> referenceValue(Object contents) {
    return JsonNullable.of(contents);
  }

  @Override
  public Object getReferenced(JsonNullable<Object> reference) {
    return reference.get();
  }

  @Override
  public JsonNullable<Object> updateReference(JsonNullable<Object> reference, Object contents) {
    return JsonNullable.of(contents);
  }

  @Override
  public Boolean supportsUpdate(DeserializationConfig config) {
    return Boolean.TRUE;
  }

  /** Finds this deserializer for every JsonNullable type. */
  private static final class Finder extends SimpleDeserializers {
    @Override
    public JsonDeserializer<?> findReferenceDeserializer(
        ReferenceType type,
        DeserializationConfig config,
        BeanDescription description,
        TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      return type.hasRawClass(JsonNullable.class)
          ? new TriStateDeserializer(type, null, contentTypeDeserializer, contentDeserializer)
          : null;
    }
  }
}
