package app.wingspan.server.invoice;

/**
 * One field a PATCH changed, for the invoice's history.
 *
 * @param field the wire path of the field, e.g. {@code status}, {@code events.sentAt}, {@code
 *     creditFeeHandling}, {@code processingFees.creditCardFee.amount}
 * @param before the stored value before the change: a {@code String} for text, enum values and
 *     timestamps, a {@code BigDecimal} for numbers, the model record for objects ({@code
 *     CreditFeeHandling}); {@code null} when the field was absent or null
 * @param after the value after the change, in the same terms
 */
public record FieldChange(String field, Object before, Object after) {}
