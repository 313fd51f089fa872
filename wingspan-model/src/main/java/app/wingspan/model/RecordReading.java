package app.wingspan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads this package's wire records in one pass over the object's fields, straight into the constructor's
 * arguments.
 *
 * <p>Jackson reads a record through its general property-based creator: a buffer object per record, a hash lookup
 * per field name, a bit set of assigned parameters and a final pass that asks every missing parameter's
 * deserializer for its absent value. For the full ClientInvoice that bookkeeping cost more than the tree parse
 * the typed decode is measured against (DecodeBenchmark). Here the field a name belongs to is found by comparing
 * the parser's interned name with the next component's name (this server and Wingspan both write fields in a fixed
 * order), falling back to a map; everything about values stays Jackson's: each component is read by the very
 * property Jackson resolved for it (its deserializer, null handling, JsonNullable, open enums), unknown fields go
 * to Jackson's unknown-property handling, missing ones get the absent value Jackson would give, errors carry the
 * field path, and the record is built by the same instantiator.
 *
 * <p>Only records whose every property is a creator parameter are read this way, and only when a plain JSON object
 * is read; anything else (a null, a wrong token, object ids, injectables) takes Jackson's own path unchanged.
 */
final class RecordReading {
  private RecordReading() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("wingspan-record-reading");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        return type.isRecord() && type.getPackage() == RecordReading.class.getPackage()
                && deserializer.getClass() == BeanDeserializer.class
            ? new OnePass((BeanDeserializer) deserializer)
            : deserializer;
      }
    });
    return module;
  }

  /** Jackson's record deserializer with a one-pass read of a JSON object. */
  private static final class OnePass extends BeanDeserializer {
    private static final long serialVersionUID = 1L;

    /** The constructor's parameters in order, as Jackson resolved them; null when this record is not eligible. */
    private transient SettableBeanProperty[] parameters;
    private transient String[] names;
    private transient Map<String, Integer> indexByName;

    OnePass(BeanDeserializer jacksons) {
      super(jacksons);
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      super.resolve(context);
      if (_propertyBasedCreator == null || _objectIdReader != null || _injectables != null || _anySetter != null
          || _externalTypeIdHandler != null || _unwrappedPropertyHandler != null || _needViewProcesing
          || _beanProperties.size() != _propertyBasedCreator.properties().size()) {
        return;
      }
      SettableBeanProperty[] ordered = new SettableBeanProperty[_propertyBasedCreator.properties().size()];
      for (SettableBeanProperty parameter : _propertyBasedCreator.properties()) {
        int index = parameter.getCreatorIndex();
        if (index < 0 || index >= ordered.length || ordered[index] != null || parameter.getInjectableValueId() != null) {
          return;
        }
        ordered[index] = parameter;
      }
      String[] byIndex = new String[ordered.length];
      Map<String, Integer> lookup = new HashMap<>();
      for (int i = 0; i < ordered.length; i++) {
        // Interned, as the parser's field names are: the expected-next check is an identity comparison.
        byIndex[i] = ordered[i].getName().intern();
        lookup.put(byIndex[i], i);
      }
      names = byIndex;
      indexByName = lookup;
      parameters = ordered;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parameters == null || !parser.isExpectedStartObjectToken()
          || context.isEnabled(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)) {
        return super.deserialize(parser, context);
      }
      SettableBeanProperty[] properties = parameters;
      Object[] arguments = new Object[properties.length];
      boolean[] present = new boolean[properties.length];
      int next = 0;
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        int index;
        if (next < names.length && names[next] == name) {
          index = next;
        } else {
          Integer found = indexByName.get(name);
          index = found == null ? -1 : found;
        }
        parser.nextToken();
        if (index < 0) {
          handleUnknownProperty(parser, context, handledType(), name);
          continue;
        }
        try {
          arguments[index] = properties[index].deserialize(parser, context);
        } catch (Exception e) {
          wrapAndThrow(e, _beanType.getRawClass(), name, context);
        }
        present[index] = true;
        next = index + 1;
      }
      for (int i = 0; i < properties.length; i++) {
        if (!present[i]) {
          arguments[i] = absent(properties[i], context);
        }
      }
      return _valueInstantiator.createFromObjectWith(context, arguments);
    }

    /** What Jackson's creator gives a parameter missing from the JSON (PropertyValueBuffer's rules). */
    private Object absent(SettableBeanProperty property, DeserializationContext context) throws IOException {
      if (property.isRequired()) {
        context.reportInputMismatch(property, "Missing required creator property '%s' (index %d)",
            property.getName(), property.getCreatorIndex());
      }
      if (context.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)) {
        context.reportInputMismatch(property,
            "Missing creator property '%s' (index %d); `DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES`"
                + " enabled", property.getName(), property.getCreatorIndex());
      }
      try {
        Object absent = property.getNullValueProvider().getAbsentValue(context);
        if (absent != null) {
          return absent;
        }
        return property.getValueDeserializer().getAbsentValue(context);
      } catch (JsonMappingException e) {
        e.prependPath(_beanType.getRawClass(), property.getName());
        throw e;
      }
    }
  }
}
