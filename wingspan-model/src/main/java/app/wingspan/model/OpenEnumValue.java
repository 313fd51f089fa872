package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The machinery every open enum class shares: the wire string, whether it is a known constant,
 * equality by exact class and value, and writing as the raw string. Package-private so the public
 * surface stays the final enum classes themselves.
 */
abstract class OpenEnumValue implements OpenEnum {
  private final String value;
  private final boolean known;

  OpenEnumValue(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  @JsonValue
  @Override
  public final String value() {
    return value;
  }

  @Override
  public final boolean isKnown() {
    return known;
  }

  // By exact class: InvoiceStatus "Paid" and DocumentStatus "Paid" are different values.
  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((OpenEnumValue) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /**
   * The known constants of one open enum class, in declaration order, and the factory for values it
   * does not know. Filled only while its class initialises and read-only after, so sharing it
   * across threads needs no locking.
   *
   * @param <T> the open enum class
   */
  static final class Registry<T extends OpenEnumValue> {
    /** The open enum class's private constructor. */
    @FunctionalInterface
    interface Maker<T> {
      T make(String value, boolean known);
    }

    private final Map<String, T> known = new LinkedHashMap<>();
    private final Maker<T> maker;

    Registry(Maker<T> maker) {
      this.maker = maker;
    }

    /** Makes and records a known constant; call only from the enum class's static initialisers. */
    T known(String value) {
      T constant = maker.make(value, true);
      known.put(value, constant);
      return constant;
    }

    /**
     * The constant for {@code value} when known, otherwise a new unknown value carrying it as is.
     */
    T of(String value) {
      Objects.requireNonNull(value, "value");
      T constant = known.get(value);
      return constant != null ? constant : maker.make(value, false);
    }

    /** Every known constant, in declaration order, as an unmodifiable list. */
    List<T> knownValues() {
      return List.copyOf(known.values());
    }
  }
}
