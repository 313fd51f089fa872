// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.time.Instant;
import java.util.Optional;

/**
 * When things happened to a 1099 form (created, submitted, suggestions, acceptance).
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code Form1099Events}.
 */
public record Form1099Events(
    String acceptedByCollaboratorAt,
    String createdAt,
    String postFilingSuggestionMadeAt,
    String postFilingSuggestionResolvedAt,
    String submittedForCollaboratorReviewAt,
    String suggestionMadeAt,
    String suggestionResolvedAt,
    String updatedAt) {
  /**
   * {@code acceptedByCollaboratorAt} as an {@link Instant}, parsed from the wire text; {@link
   * #acceptedByCollaboratorAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> acceptedByCollaboratorAtAsInstant() {
    return WireTime.instant(acceptedByCollaboratorAt);
  }

  /**
   * {@code createdAt} as an {@link Instant}, parsed from the wire text; {@link #createdAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> createdAtAsInstant() {
    return WireTime.instant(createdAt);
  }

  /**
   * {@code postFilingSuggestionMadeAt} as an {@link Instant}, parsed from the wire text; {@link
   * #postFilingSuggestionMadeAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> postFilingSuggestionMadeAtAsInstant() {
    return WireTime.instant(postFilingSuggestionMadeAt);
  }

  /**
   * {@code postFilingSuggestionResolvedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #postFilingSuggestionResolvedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> postFilingSuggestionResolvedAtAsInstant() {
    return WireTime.instant(postFilingSuggestionResolvedAt);
  }

  /**
   * {@code submittedForCollaboratorReviewAt} as an {@link Instant}, parsed from the wire text;
   * {@link #submittedForCollaboratorReviewAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> submittedForCollaboratorReviewAtAsInstant() {
    return WireTime.instant(submittedForCollaboratorReviewAt);
  }

  /**
   * {@code suggestionMadeAt} as an {@link Instant}, parsed from the wire text; {@link
   * #suggestionMadeAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> suggestionMadeAtAsInstant() {
    return WireTime.instant(suggestionMadeAt);
  }

  /**
   * {@code suggestionResolvedAt} as an {@link Instant}, parsed from the wire text; {@link
   * #suggestionResolvedAt()} keeps the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> suggestionResolvedAtAsInstant() {
    return WireTime.instant(suggestionResolvedAt);
  }

  /**
   * {@code updatedAt} as an {@link Instant}, parsed from the wire text; {@link #updatedAt()} keeps
   * the text as sent.
   *
   * @return the value, or empty when the field is absent
   * @throws java.time.format.DateTimeParseException when the text is not an ISO-8601 instant
   */
  public Optional<Instant> updatedAtAsInstant() {
    return WireTime.instant(updatedAt);
  }
}
