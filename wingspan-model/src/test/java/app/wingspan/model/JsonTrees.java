package app.wingspan.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Compares JSON trees exactly: numbers as BigDecimal with their scale (never through double). */
final class JsonTrees {
  private JsonTrees() {}

  /** Every path where the two trees differ, with both values; empty when they are the same. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff("$", expected, actual, out);
    return out;
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null) {
      if (expected != actual) {
        out.add(path + ": expected " + expected + " but was " + actual);
      }
      return;
    }
    if (expected.isNumber() && actual.isNumber()) {
      // BigDecimal.equals: 0.10 differs from 0.1, as the wire text does.
      if (!expected.decimalValue().equals(actual.decimalValue())) {
        out.add(
            path + ": expected " + expected.decimalValue() + " but was " + actual.decimalValue());
      }
    } else if (expected.isObject() && actual.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.properties().forEach(property -> names.add(property.getKey()));
      actual.properties().forEach(property -> names.add(property.getKey()));
      for (String name : names) {
        diff(path + "." + name, expected.get(name), actual.get(name), out);
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(path + ": expected " + expected.size() + " items but was " + actual.size());
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }

  /** Counts the number nodes of a tree, so a test can show it compared some. */
  static int numbers(JsonNode node) {
    if (node.isNumber()) {
      return 1;
    }
    int count = 0;
    Iterator<JsonNode> children = node.elements();
    while (children.hasNext()) {
      count += numbers(children.next());
    }
    return count;
  }
}
