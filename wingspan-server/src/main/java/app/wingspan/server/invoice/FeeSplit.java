package app.wingspan.server.invoice;

import java.math.BigDecimal;

/**
 * How the card fee on an invoice splits between client and member. The parts always add up: {@code
 * clientShare + memberShare == cardFee}.
 *
 * @param cardFee the fee of the schedule on the invoice amount, rounded to cents half-up
 * @param clientShare what the client pays on top of the amount ({@code creditFeeTotal}), rounded to
 *     cents half-up
 * @param memberShare the exact remainder, borne by the member; negative only when a {@code
 *     clientAbsolutePercentage} charges the client more than the schedule's fee
 */
public record FeeSplit(BigDecimal cardFee, BigDecimal clientShare, BigDecimal memberShare) {}
