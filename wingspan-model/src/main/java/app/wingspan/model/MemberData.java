// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Settings the member keeps for one client: auto-pay requirement and tax document sharing.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code MemberData}.
 */
public record MemberData(
    AutoPayRequirement autoPayRequirement,
    String externalId,
    TaxDocumentSharing shareTaxDocument) {}
