package app.wingspan.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a JSON object into one of this package's records for the lenient mapper, without Jackson's
 * creator-property bookkeeping.
 *
 * <p>For a record, Jackson looks every field name up in a map of the constructor's parameters and gathers the
 * values in a buffer that tracks which were seen; the profile of DecodeBenchmark put that at about a fifth of
 * decoding a full ClientInvoice, more than a tree parse spends building its nodes. Fields nearly always arrive in
 * component order (that is how this project writes them), so this reader asks the parser whether the next name
 * is the next component's, which it answers by comparing bytes in place, without hashing the name into its
 * symbol table; only another name is looked up. Strings and nested records are read directly, without the
 * megamorphic call through the creator property.
 *
 * <p>All the rest stays Jackson's: each other value is read by the creator property Jackson resolved for its
 * component (deserializer, null handling, JsonNullable and the open enums), a missing component gets the absent
 * value Jackson would give it, an error names the field as Jackson's would, and the record is made by Jackson's
 * value instantiator. Two things differ: an unknown field is skipped at once instead of being buffered and
 * skipped after the record is built, and a repeated field always means the last one wins, where Jackson fails
 * with "No fallback setter" if the repeat comes after every component has been seen. Anything this reader was not
 * written for (other shapes of JSON, features that fail on missing or null parameters, records Jackson reads some
 * other way) goes to Jackson's deserializer as before.
 */
final class RecordReader extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;
  private static final Method WRAP_AND_THROW = wrapAndThrowMethod();

  /** Features whose checks on missing and null parameters live in Jackson's own path only. */
  private static final int LEFT_TO_JACKSON = DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES.getMask()
      | DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES.getMask();

  /** Built on first use, once Jackson has resolved its deserializer; a data race only builds it twice. */
  private transient Plan plan;

  private RecordReader(JsonDeserializer<?> jacksons) {
    super(jacksons);
  }

  /** The module that puts this reader in front of Jackson's deserializer of each record of this package. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("wingspan-record-reading");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        return type.isRecord() && type.getPackage() == RecordReader.class.getPackage()
            && deserializer.getClass() == BeanDeserializer.class && description.findAnySetterAccessor() == null
            && description.getIgnoredPropertyNames().isEmpty()
            ? new RecordReader(deserializer)
            : deserializer;
      }
    });
    return module;
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new RecordReader(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Plan plan = this.plan;
    if (plan == null) {
      plan = Plan.of(_delegatee, handledType());
      this.plan = plan;
    }
    if (plan.components == null || !parser.isExpectedStartObjectToken()
        || (context.getDeserializationFeatures() & LEFT_TO_JACKSON) != 0) {
      return _delegatee.deserialize(parser, context);
    }
    SettableBeanProperty[] components = plan.components;
    Object[] values = new Object[components.length];
    long seen = 0;
    int next = 0;
    while (true) {
      // A match on the expected name compares the raw bytes and skips the parser's symbol table altogether.
      boolean expected = next < components.length && parser.nextFieldName(plan.names[next]);
      if (!expected) {
        if (next == components.length) {
          parser.nextToken();
        }
        if (!parser.hasToken(JsonToken.FIELD_NAME)) {
          break;
        }
      }
      String name = parser.currentName();
      int index = expected ? next : plan.indexOf(name);
      JsonToken token = parser.nextToken();
      if (index < 0) {
        context.handleUnknownProperty(parser, this, handledType(), name);
        continue;
      }
      try {
        values[index] = plan.read(index, token, parser, context);
      } catch (Exception e) {
        wrapAndThrow(plan.jacksons, e, handledType(), name, context);
      }
      seen |= 1L << index;
      next = index + 1;
    }
    if (seen != plan.all) {
      for (int index = 0; index < components.length; index++) {
        if ((seen & (1L << index)) == 0) {
          values[index] = absent(components[index], context);
        }
      }
    }
    return plan.instantiator.createFromObjectWith(context, values);
  }

  /**
   * Jackson's own {@code BeanDeserializerBase.wrapAndThrow}, found by name and parameters: its return type changed
   * within 2.x (void in 2.15, a value later), so a call compiled against one version is a NoSuchMethodError on the
   * other. It runs only when a value fails to decode.
   */
  private static void wrapAndThrow(BeanDeserializer jacksons, Exception error, Object bean, String name,
      DeserializationContext context) throws IOException {
    try {
      WRAP_AND_THROW.invoke(jacksons, error, bean, name, context);
    } catch (InvocationTargetException thrown) {
      Throwable cause = thrown.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error fatal) {
        throw fatal;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("BeanDeserializerBase.wrapAndThrow is public", e);
    }
  }

  private static Method wrapAndThrowMethod() {
    try {
      return BeanDeserializerBase.class.getMethod("wrapAndThrow", Throwable.class, Object.class, String.class,
          DeserializationContext.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("this Jackson has no BeanDeserializerBase.wrapAndThrow", e);
    }
  }

  /** The value of a component the object left out, as Jackson gives it (JsonNullable's is undefined). */
  private static Object absent(SettableBeanProperty component, DeserializationContext context)
      throws DatabindException {
    try {
      Object absent = component.getType().isPrimitive() ? null
          : component.getNullValueProvider().getAbsentValue(context);
      return absent != null ? absent : component.getValueDeserializer().getAbsentValue(context);
    } catch (DatabindException e) {
      AnnotatedMember member = component.getMember();
      if (member != null) {
        e.prependPath(member.getDeclaringClass(), component.getName());
      }
      throw e;
    }
  }

  /** What reading one record needs of Jackson's resolved deserializer, in component order. */
  private static final class Plan {
    final BeanDeserializer jacksons;
    /** Null when this record is left to Jackson. */
    final SettableBeanProperty[] components;
    /** The components' names, holding their JSON bytes for the parser to compare. */
    final SerializableString[] names;
    final Map<String, Integer> indexes;
    /** Which components are plain strings, read by Jackson's StringDeserializer. */
    final boolean[] texts;
    /** The reader of each component that is itself one of these records, else null. */
    final RecordReader[] records;
    final ValueInstantiator instantiator;
    /** The bits of {@code seen} when every component was in the object. */
    final long all;

    private Plan(BeanDeserializer jacksons, SettableBeanProperty[] components) {
      this.jacksons = jacksons;
      this.components = components;
      names = new SerializableString[components == null ? 0 : components.length];
      indexes = new HashMap<>();
      texts = new boolean[names.length];
      records = new RecordReader[names.length];
      for (int index = 0; index < names.length; index++) {
        JsonDeserializer<?> deserializer = components[index].getValueDeserializer();
        boolean plain = !components[index].hasValueTypeDeserializer();
        texts[index] = plain && deserializer.getClass() == StringDeserializer.class;
        records[index] = plain && deserializer instanceof RecordReader reader ? reader : null;
        names[index] = new SerializedString(components[index].getName());
        indexes.put(components[index].getName(), index);
      }
      instantiator = jacksons == null ? null : jacksons.getValueInstantiator();
      all = names.length == Long.SIZE ? -1L : (1L << names.length) - 1;
    }

    static Plan of(JsonDeserializer<?> deserializer, Class<?> type) {
      if (deserializer.getClass() != BeanDeserializer.class) {
        return new Plan(null, null);
      }
      BeanDeserializer jacksons = (BeanDeserializer) deserializer;
      int count = type.getRecordComponents().length;
      if (!jacksons.getValueInstantiator().canCreateFromObjectWith() || jacksons.getObjectIdReader() != null
          || jacksons.hasViews() || jacksons.isCaseInsensitive() || count > Long.SIZE) {
        return new Plan(jacksons, null);
      }
      SettableBeanProperty[] components = new SettableBeanProperty[count];
      for (Iterator<SettableBeanProperty> it = jacksons.creatorProperties(); it.hasNext(); ) {
        SettableBeanProperty component = it.next();
        int index = component.getCreatorIndex();
        if (index < 0 || index >= count || components[index] != null || !component.hasValueDeserializer()
            || component.getInjectableValueId() != null || component.isRequired()) {
          return new Plan(jacksons, null);
        }
        components[index] = component;
      }
      for (SettableBeanProperty component : components) {
        if (component == null) {
          return new Plan(jacksons, null);
        }
      }
      return new Plan(jacksons, components);
    }

    /**
     * Reads one component's value. A string and a nested record, most of a document, are read here directly, as
     * Jackson's deserializers would read them, saving the megamorphic call through the creator property.
     */
    Object read(int index, JsonToken token, JsonParser parser, DeserializationContext context) throws IOException {
      if (token == JsonToken.VALUE_STRING && texts[index]) {
        return parser.getText();
      }
      if (token == JsonToken.START_OBJECT && records[index] != null) {
        return records[index].deserialize(parser, context);
      }
      return components[index].deserialize(parser, context);
    }

    int indexOf(String name) {
      Integer index = indexes.get(name);
      return index == null ? -1 : index;
    }
  }
}
