// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Review state of a document. An open set: clients must accept values not listed here; requests
 * must use a listed one.
 *
 * <p>In Java: a value this code does not know (say, one a newer server added) is kept as it came,
 * reports {@link #isKnown()} false, and is written back unchanged. Wire: DocumentResponse.status.
 */
public final class DocumentStatus extends OpenEnumValue {
  private static final Registry<DocumentStatus> REGISTRY = new Registry<>(DocumentStatus::new);

  /** Wire value {@code "Required"}. */
  public static final DocumentStatus REQUIRED = REGISTRY.known("Required");

  /** Wire value {@code "Approved"}. */
  public static final DocumentStatus APPROVED = REGISTRY.known("Approved");

  /** Wire value {@code "Invalid"}. */
  public static final DocumentStatus INVALID = REGISTRY.known("Invalid");

  /** Wire value {@code "ReceivedFront"}. */
  public static final DocumentStatus RECEIVED_FRONT = REGISTRY.known("ReceivedFront");

  /** Wire value {@code "ReceivedBack"}. */
  public static final DocumentStatus RECEIVED_BACK = REGISTRY.known("ReceivedBack");

  /** Wire value {@code "PendingReview"}. */
  public static final DocumentStatus PENDING_REVIEW = REGISTRY.known("PendingReview");

  private DocumentStatus(String value, boolean known) {
    super(value, known);
  }

  /** The known values as a Java enum, to {@code switch} on; see {@link #kind()}. */
  public enum Kind {
    /** {@link #REQUIRED}. */
    REQUIRED,
    /** {@link #APPROVED}. */
    APPROVED,
    /** {@link #INVALID}. */
    INVALID,
    /** {@link #RECEIVED_FRONT}. */
    RECEIVED_FRONT,
    /** {@link #RECEIVED_BACK}. */
    RECEIVED_BACK,
    /** {@link #PENDING_REVIEW}. */
    PENDING_REVIEW,
    /** A value this code does not know; {@link #value()} has its wire string. */
    UNKNOWN_TO_SDK_VERSION
  }

  /**
   * This value as a {@link Kind}, to {@code switch} on: {@link Kind#UNKNOWN_TO_SDK_VERSION} for a
   * value this code does not know (its wire string stays in {@link #value()}).
   *
   * @return the matching constant, never null
   */
  public Kind kind() {
    return switch (value()) {
      case "Required" -> isKnown() ? Kind.REQUIRED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Approved" -> isKnown() ? Kind.APPROVED : Kind.UNKNOWN_TO_SDK_VERSION;
      case "Invalid" -> isKnown() ? Kind.INVALID : Kind.UNKNOWN_TO_SDK_VERSION;
      case "ReceivedFront" -> isKnown() ? Kind.RECEIVED_FRONT : Kind.UNKNOWN_TO_SDK_VERSION;
      case "ReceivedBack" -> isKnown() ? Kind.RECEIVED_BACK : Kind.UNKNOWN_TO_SDK_VERSION;
      case "PendingReview" -> isKnown() ? Kind.PENDING_REVIEW : Kind.UNKNOWN_TO_SDK_VERSION;
      default -> Kind.UNKNOWN_TO_SDK_VERSION;
    };
  }

  /**
   * The value for a wire string: the constant when known, otherwise a new value carrying the string
   * as is.
   *
   * @param value the exact wire string (case-sensitive)
   * @return the matching value, never null
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DocumentStatus of(String value) {
    return REGISTRY.of(value);
  }

  /**
   * Every value this code knows, in the order of the spec.
   *
   * @return an unmodifiable list
   */
  public static List<DocumentStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
