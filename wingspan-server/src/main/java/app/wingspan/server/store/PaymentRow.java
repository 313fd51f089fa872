package app.wingspan.server.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One payment attempt as stored. {@code state}: {@code succeeded} (card charged), {@code declined},
 * {@code in_transit} (a debit waiting for {@code settleAfter}), {@code settled}, {@code failed}.
 */
public record PaymentRow(
    String id,
    String invoiceId,
    String clientId,
    String method,
    String instrument,
    String currency,
    BigDecimal amount,
    BigDecimal cardFee,
    BigDecimal clientFee,
    BigDecimal memberFee,
    BigDecimal charged,
    BigDecimal memberNet,
    String processor,
    String processorReference,
    boolean testMode,
    String state,
    String failureReason,
    Instant createdAt,
    Instant settleAfter,
    Instant settledAt,
    String settledBy) {

  static final String COLUMNS =
      "id, invoice_id, client_id, method, instrument, currency, amount, card_fee, client_fee, member_fee, charged,"
          + " member_net, processor, processor_reference, test_mode, state, failure_reason, created_at, settle_after,"
          + " settled_at, settled_by";

  static PaymentRow read(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new PaymentRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getBigDecimal(7),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getBigDecimal(10),
        rs.getBigDecimal(11),
        rs.getBigDecimal(12),
        rs.getString(13),
        rs.getString(14),
        rs.getBoolean(15),
        rs.getString(16),
        rs.getString(17),
        Sql.instant(rs, 18),
        Sql.instant(rs, 19),
        Sql.instant(rs, 20),
        rs.getString(21));
  }
}
