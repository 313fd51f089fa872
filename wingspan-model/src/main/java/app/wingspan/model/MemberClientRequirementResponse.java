// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * An eligibility requirement (such as a signed document) a collaborator must meet for a client.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberClientRequirementResponse}.
 */
public record MemberClientRequirementResponse(
    String clientId,
    String collaboratorGroupId,
    String eligibilityRequirementId,
    RequirementType requirementType,
    DocumentResponse document,
    String documentId,
    RequirementStatus status,
    String templateId,
    BigDecimal validFor) {}
