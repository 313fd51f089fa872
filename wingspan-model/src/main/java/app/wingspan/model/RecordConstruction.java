package app.wingspan.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdValueInstantiator;
import com.fasterxml.jackson.databind.introspect.AnnotatedConstructor;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleValueInstantiators;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

/**
 * Calls a wire record's canonical constructor through a method handle instead of {@link Constructor#newInstance}.
 *
 * <p>Jackson builds every record of a decoded ClientInvoice (about 90 of them for the full fixture) through
 * reflection; the profile of DecodeBenchmark put {@code Constructor.newInstance} at about 10% of the decode, most
 * of it the megamorphic hop through the generated accessors. Everything else about creating a record (which
 * constructor, its parameters, error reporting) stays Jackson's.
 */
final class RecordConstruction {
  private RecordConstruction() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("wingspan-record-construction");
    module.setValueInstantiators(new Finder());
    return module;
  }

  /** Replaces Jackson's instantiator of this package's records; leaves every other type alone. */
  private static final class Finder extends SimpleValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription description,
        ValueInstantiator jacksons) {
      Class<?> type = description.getBeanClass();
      if (type.isRecord() && type.getPackage() == RecordConstruction.class.getPackage()
          && jacksons.getClass() == StdValueInstantiator.class
          && jacksons.getWithArgsCreator() instanceof AnnotatedConstructor creator) {
        try {
          return new HandleInstantiator((StdValueInstantiator) jacksons, creator.getAnnotated());
        } catch (IllegalAccessException e) {
          return jacksons;
        }
      }
      return jacksons;
    }
  }

  private static final class HandleInstantiator extends StdValueInstantiator {
    private final transient MethodHandle create;

    HandleInstantiator(StdValueInstantiator jacksons, Constructor<?> constructor) throws IllegalAccessException {
      super(jacksons);
      create = MethodHandles.lookup().unreflectConstructor(constructor)
          .asSpreader(Object[].class, constructor.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object[].class));
    }

    @Override
    public Object createFromObjectWith(DeserializationContext context, Object[] args) throws IOException {
      try {
        return (Object) create.invokeExact(args);
      } catch (Exception e) {
        return context.handleInstantiationProblem(getValueClass(), args, rewrapCtorProblem(context, e));
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
