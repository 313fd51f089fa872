// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

/**
 * A bank account for ACH credit or international wire.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code accountNumber}: it must never reach a log.
 *
 * <p>Wire schema: {@code MemberClientWireAccount}.
 */
public record MemberClientWireAccount(
    String accountNumber, String bankName, String routingNumber, String swiftCode) {
  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "MemberClientWireAccount["
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
