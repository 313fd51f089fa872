// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * The card-processing fee the client would pay on an invoice.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code InvoiceFeeCalculation}.
 *
 * @param creditFeeTotal the card fee, in the invoice's currency
 */
public record InvoiceFeeCalculation(BigDecimal creditFeeTotal) {}
