// Generated from openapi.yaml by wingspan-model-generator: do not edit, change the YAML.
package app.wingspan.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * A correction requested on a filed 1099 form; the address is free-form in the spec.
 *
 * <p>Reading tolerates missing fields (they stay {@code null}); a {@code null} field is left out
 * when writing.
 *
 * <p>{@code toString()} masks {@code ein} and {@code ssn}: they must never reach a log.
 *
 * <p>Wire schema: {@code Form1099Correction}.
 *
 * @param address free-form object
 */
public record Form1099Correction(
    JsonNode address,
    CompanyStructure companyStructure,
    String ein,
    String firstName,
    String lastName,
    String legalBusinessName,
    String ssn,
    BigDecimal totalAmount) {
  /**
   * Copies lists, maps and trees so the value stays immutable; null items are kept, as the wire
   * allows them.
   */
  public Form1099Correction {
    address = Copies.tree(address);
  }

  /**
   * The address as sent, free-form in the spec.
   *
   * @return a copy of the address, or null
   */
  @Override
  public JsonNode address() {
    return Copies.tree(address);
  }

  /** Like the generated form, but sensitive values are masked: they must never reach a log. */
  @Override
  public String toString() {
    return "Form1099Correction["
        + "address="
        + address
        + ", companyStructure="
        + companyStructure
        + ", ein="
        + Copies.mask(ein)
        + ", firstName="
        + firstName
        + ", lastName="
        + lastName
        + ", legalBusinessName="
        + legalBusinessName
        + ", ssn="
        + Copies.mask(ssn)
        + ", totalAmount="
        + totalAmount
        + "]";
  }
}
