// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import java.math.BigDecimal;

/**
 * Who bears the card-processing fee on an invoice, as the invoice says it: the client's and the
 * member's shares in percent, or an absolute percentage charged to the client. Absent on an invoice
 * where the member bears the whole fee. Changed through a FeeHandlingConfig in an update.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>Wire schema: {@code FeeHandlingConfig (as an invoice carries it)}.
 *
 * @param clientAbsolutePercentage a fee percentage charged to the client regardless of the actual
 *     card fee
 * @param clientPays the share of the card fee the client pays, in percent
 * @param memberPays the share of the card fee the member pays, in percent
 */
public record CreditFeeHandling(
    BigDecimal clientAbsolutePercentage, BigDecimal clientPays, BigDecimal memberPays) {}
