// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Processing fees that apply to an invoice: card fee and instant-payout fee.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code ProcessingFees}.
 */
public record ProcessingFees(Fee creditCardFee, Fee instantPayoutFee) {}
