package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Review state of a document.
 *
 * <p>An open set: a value this code does not know (say, one a newer server added) is kept as it came, reports
 * {@link #isKnown()} false, and is written back unchanged. Wire: DocumentResponse.status.
 */
public final class DocumentStatus implements OpenEnum {
  private static final Map<String, DocumentStatus> KNOWN = new LinkedHashMap<>();

  /** Wire value {@code "Required"}. */
  public static final DocumentStatus REQUIRED = known("Required");

  /** Wire value {@code "Approved"}. */
  public static final DocumentStatus APPROVED = known("Approved");

  /** Wire value {@code "Invalid"}. */
  public static final DocumentStatus INVALID = known("Invalid");

  /** Wire value {@code "ReceivedFront"}. */
  public static final DocumentStatus RECEIVED_FRONT = known("ReceivedFront");

  /** Wire value {@code "ReceivedBack"}. */
  public static final DocumentStatus RECEIVED_BACK = known("ReceivedBack");

  /** Wire value {@code "PendingReview"}. */
  public static final DocumentStatus PENDING_REVIEW = known("PendingReview");

  private final String value;
  private final boolean known;

  private DocumentStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static DocumentStatus known(String value) {
    DocumentStatus constant = new DocumentStatus(value, true);
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
  public static DocumentStatus of(String value) {
    Objects.requireNonNull(value, "value");
    DocumentStatus constant = KNOWN.get(value);
    return constant != null ? constant : new DocumentStatus(value, false);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<DocumentStatus> knownValues() {
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
    return other instanceof DocumentStatus that && value.equals(that.value);
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
