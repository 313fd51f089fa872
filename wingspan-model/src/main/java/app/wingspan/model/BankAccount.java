// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * Bank account details a client can pay into by transfer.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code accountNumber}: it must never reach a log.
 *
 * <p>Wire schema: {@code BankAccount}.
 */
public record BankAccount(
    String accountNumber, String bankName, String routingNumber, String swiftCode) {
  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "BankAccount["
        + "accountNumber="
        + Copies.mask(accountNumber)
        + ", bankName="
        + bankName
        + ", routingNumber="
        + routingNumber
        + ", swiftCode="
        + swiftCode
        + "]";
  }
}
