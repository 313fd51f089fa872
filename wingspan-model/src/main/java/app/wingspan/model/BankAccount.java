package app.wingspan.model;

/**
 * Bank account details a client can pay into by transfer. The account number is masked in {@code toString()}.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out when writing.
 *
 * <p>Wire schema: {@code BankAccount}.
 */
public record BankAccount(
    String accountNumber,
    String bankName,
    String routingNumber,
    String swiftCode) {
  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "BankAccount["
        + "accountNumber=" + Copies.mask(accountNumber)
        + ", bankName=" + bankName
        + ", routingNumber=" + routingNumber
        + ", swiftCode=" + swiftCode
        + "]";
  }
}
