package app.wingspan.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openapitools.jackson.nullable.JsonNullable;

/** Defensive copies for the records: immutable, yet keeping the null items the wire allows. */
final class Copies {
  private Copies() {}

  // List.copyOf would reject the null items the spec allows (e.g. acceptedPaymentMethods: [null]).
  static <T> List<T> list(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  // Free-form JSON trees are mutable; a record hands out and keeps only its own copies.
  static JsonNode tree(JsonNode tree) {
    return tree == null ? null : tree.deepCopy();
  }

  static <T> JsonNullable<T> nullable(JsonNullable<T> value) {
    return value == null ? JsonNullable.undefined() : value;
  }

  static <T> JsonNullable<T> nullable(JsonNullable<T> value, UnaryOperator<T> copy) {
    if (value == null || !value.isPresent()) {
      return JsonNullable.undefined();
    }
    return JsonNullable.of(copy.apply(value.get()));
  }

  /** Says whether a sensitive value is there without showing it. */
  static String mask(Object value) {
    if (value instanceof JsonNullable<?> nullable) {
      if (!nullable.isPresent()) {
        return "<absent>";
      }
      value = nullable.get();
    }
    return value == null ? "null" : "***";
  }
}
