package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a member shares tax documents with the client.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: MemberData.shareTaxDocument.
 */
public final class TaxDocumentSharing implements OpenEnum {
  private static final Map<String, TaxDocumentSharing> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Allow"}. */
  public static final TaxDocumentSharing ALLOW = known("Allow");

  /** Wire value {@code "Decline"}. */
  public static final TaxDocumentSharing DECLINE = known("Decline");

  private final String value;
  private final boolean known;

  private TaxDocumentSharing(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static TaxDocumentSharing known(String value) {
    TaxDocumentSharing constant = new TaxDocumentSharing(value, true);
    KNOWN.put(value, constant);
    return constant;
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TaxDocumentSharing of(String value) {
    Objects.requireNonNull(value, "value");
    TaxDocumentSharing constant = KNOWN.get(value);
    return constant != null ? constant : new TaxDocumentSharing(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<TaxDocumentSharing> knownValues() {
    return List.copyOf(KNOWN.values());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaxDocumentSharing that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
