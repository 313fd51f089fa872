package app.wingspan.server.invoice;

import org.openapitools.jackson.nullable.JsonNullable;

/** Reading the tri-state fields of a request where "absent" and "explicit null" mean the same. */
final class Tristate {
  private Tristate() {}

  /** A field's value: {@code null} when absent or explicitly null. */
  static <T> T value(JsonNullable<T> field) {
    return field == null || !field.isPresent() ? null : field.get();
  }
}
