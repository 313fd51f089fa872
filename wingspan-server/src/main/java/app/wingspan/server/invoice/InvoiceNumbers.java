package app.wingspan.server.invoice;

/**
 * Hands out the next invoice number of a member. The store implements it inside the transaction
 * that saves the invoice, so numbers are sequential per member and never reused. The rules call it
 * only when an invoice leaves Draft for Open and has no number yet.
 */
@FunctionalInterface
public interface InvoiceNumbers {

  /** The next number of this member, e.g. {@code "1"}, {@code "2"}. Never blank. */
  String next(String memberId);
}
