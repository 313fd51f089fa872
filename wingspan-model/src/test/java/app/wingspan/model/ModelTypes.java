package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The model's types found by reflection, so tests cover every record and field without listing them
 * by hand.
 */
final class ModelTypes {
  /**
   * The wire types the issues name (invoices; webhook preferences and deliveries); every other
   * record is reachable from one of them.
   */
  static final List<Class<?>> ROOTS =
      List.of(
          ClientInvoice.class,
          ClientInvoiceUpdateRequest.class,
          ClientInvoiceCreateRequest.class,
          PayRequest.class,
          InvoiceFeeCalculation.class,
          ErrorBody.class,
          WebhookPreference.class,
          WebhookPreferenceCreateRequest.class,
          WebhookPreferenceUpdateRequest.class,
          WebhookEventName.class,
          WebhookDelivery.class);

  private ModelTypes() {}

  /**
   * Every record type reachable from the roots through record components, lists, maps and
   * JsonNullable.
   */
  static Set<Class<?>> records() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(ROOTS);
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.isRecord() || !seen.add(type)) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        collect(component.getGenericType(), todo);
      }
    }
    return seen;
  }

  /** Every record type reachable from one type (itself included). */
  static Set<Class<?>> reachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.isRecord() || !seen.add(type)) {
        continue;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        collect(component.getGenericType(), todo);
      }
    }
    return seen;
  }

  private static void collect(Type type, Deque<Class<?>> todo) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, todo);
      }
    } else if (type instanceof Class<?> raw && raw.isRecord()) {
      todo.add(raw);
    }
  }

  /** The open enum types the model uses. */
  static Set<Class<?>> enums() {
    return OpenEnums.KINDS.keySet();
  }

  /** A component's name on the wire. */
  static String wireName(RecordComponent component) {
    // @JsonProperty cannot target a record component; javac copies it to the accessor.
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property != null ? property.value() : component.getName();
  }

  /** The class a component holds, looking through List, Map and JsonNullable to the value type. */
  static Class<?> valueClass(RecordComponent component) {
    Type type = component.getGenericType();
    while (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      type = arguments[arguments.length - 1];
    }
    return (Class<?>) type;
  }
}
