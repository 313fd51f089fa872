// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Settings the client keeps for one member: auto-pay and verification.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ClientData}.
 */
public record ClientData(
    AutoPayStrategy autoPayStrategy, String externalId, VerificationStrategy verificationStratgy) {}
