// Generated from openapi.yaml by wingspan-model-generator: do not edit; change the YAML and regenerate.
package app.wingspan.model;

/**
 * When things happened to a 1099 form (created, submitted, suggestions, acceptance).
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
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
    String updatedAt) {}
