package app.wingspan.model;

import java.math.BigDecimal;

/**
 * The card-processing fee the client would pay on an invoice.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code InvoiceFeeCalculation}.
 */
public record InvoiceFeeCalculation(
    BigDecimal creditFeeTotal) {}
